import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTestApi } from '../../test-api';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('the monitoring register as a spreadsheet', () => {
  it('lists the persons of the filter with their supervision today, dates as dates, in the caller’s language', async () => {
    const api = await openTestApi('2024-12-01T10:00:00Z');
    const { id } = await api.ok('monitoring.create', {
      person: {
        personId: 'M-000001',
        iin: '880120300123',
        fullName: 'Аманов Ерлан Болатович',
        birthDate: '1988-01-20',
        sex: 'M',
        district: 'Almaty',
      },
    });
    await api.ok('monitoring.addPeriod', {
      id,
      period: { type: 'administrative', start: '2024-10-01', end: '2025-03-31', checkInsPerMonth: 1 },
    });
    // October's check-in attended; November's missed; December's is next.
    await api.ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-10-15', type: 'attended' } });
    await api.ok('monitoring.create', {
      person: {
        personId: 'M-000002',
        fullName: 'Бекова Айгуль',
        birthDate: '1990-05-05',
        sex: 'F',
        district: 'Nura',
      },
    });

    const result = await api.backend.dispatch(
      'monitoring.exportSpreadsheet',
      { filter: 'active' },
      { language: 'ru', session: api.session },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const file = result.value as { fileName: string; count: number; xlsxBase64: string };
    expect(file).toMatchObject({ fileName: 'nadzor-register-2024-12-01.xlsx', count: 1 });
    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(file.xlsxBase64, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Реестр')!;
    const row = (n: number) =>
      Array.from({ length: 13 }, (_, i) => sheet.getRow(n).getCell(i + 1).value ?? null);
    expect(row(1)).toEqual([
      'Учётный №',
      'ФИО',
      'ИИН',
      'Дата рождения',
      'Район',
      'Надзор сейчас',
      'С',
      'По',
      'Явок в месяц',
      'Следующая явка',
      'Пропущено явок',
      'Совпадений к проверке',
      'Повторных преступлений',
    ]);
    expect(row(2)).toEqual([
      'M-000001',
      'Аманов Ерлан Болатович',
      '880120300123',
      day('1988-01-20'),
      'Алматы',
      'Административный надзор',
      day('2024-10-01'),
      day('2025-03-31'),
      1,
      day('2024-12-31'),
      1,
      0,
      0,
    ]);
    expect(sheet.rowCount).toBe(2);

    const everyone = await api.ok('monitoring.exportSpreadsheet', {});
    expect(everyone.count).toBe(2);
    await api.backend.close();
  });
});
