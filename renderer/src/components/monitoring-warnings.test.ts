import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { monitoringWarningTitle, type MonitoringWarning } from './monitoring-warnings';

const warnings: MonitoringWarning[] = ['overdue', 'dueSoon', 'endingSoon', 'pendingMatches'];
const titles = (language: 'ru' | 'kk' | 'en') =>
  warnings.map((w) => monitoringWarningTitle(createI18n(language).t, w));

describe('the register’s warnings', () => {
  it('have one name each, the one the dashboard and the Monitoring screen both show', () => {
    expect(titles('ru')).toEqual([
      'Пропущенные явки',
      'Явки в ближайшие 7 дней',
      'Надзор заканчивается в течение 30 дней',
      'Совпадения, ожидающие решения',
    ]);
    expect(titles('kk')).toEqual([
      'Өткізіп алынған келулер',
      'Алдағы 7 күндегі келулер',
      'Қадағалау 30 күн ішінде аяқталады',
      'Шешім күтетін сәйкестіктер',
    ]);
    expect(titles('en')).toEqual([
      'Missed check-ins',
      'Check-ins due within 7 days',
      'Supervision ending within 30 days',
      'Matches awaiting a decision',
    ]);
  });
});
