import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoDate, optionalIsoDate } from '../../../../shared/domain/fields';
import { createI18n } from '../../../../shared/i18n';
import { dateRule } from './form-rules';

const t = createI18n('ru').t;
const check = (rule: ReturnType<typeof dateRule>, value: unknown) =>
  (rule as { validator: (rule: unknown, value: unknown) => Promise<void> }).validator({}, value);

describe('a date field’s rule', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 4, 12, 0));
    dayjs.locale('ru');
  });
  afterEach(() => {
    vi.useRealTimers();
    dayjs.locale('en');
  });

  it('takes today and earlier days', async () => {
    await expect(check(dateRule(isoDate, t), dayjs('2025-03-04'))).resolves.toBeUndefined();
    await expect(check(dateRule(isoDate, t), dayjs('2024-12-31'))).resolves.toBeUndefined();
  });

  it('refuses a day after today, naming today as the field shows dates', async () => {
    await expect(check(dateRule(isoDate, t), dayjs('2025-03-05'))).rejects.toThrow(
      'не может быть позже сегодняшнего дня (04.03.2025)',
    );
  });

  it('refuses typed text that is not a date, saying why, even where the date may be left empty', async () => {
    for (const rule of [dateRule(isoDate, t), dateRule(optionalIsoDate, t, false, { plan: true })]) {
      await expect(check(rule, '12.0')).rejects.toThrow('Введите дату полностью: ДД.ММ.ГГГГ');
      await expect(check(rule, '31.02.2024')).rejects.toThrow('Такой даты нет');
    }
    await expect(check(dateRule(optionalIsoDate, t, false), null)).resolves.toBeUndefined();
  });

  it('lets a planned date lie ahead', async () => {
    await expect(
      check(dateRule(isoDate, t, true, { plan: true }), dayjs('2027-01-01')),
    ).resolves.toBeUndefined();
  });
});
