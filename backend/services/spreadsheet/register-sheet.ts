import type { Language } from '../../../shared/domain/fields';
import type { PersonSummary } from '../../../shared/domain/monitoring-api';
import { translate } from '../../../shared/i18n';
import { excelDate, excelDateFormat } from './excel';
import type { Cell, TableSheet } from './table-sheet';

const date = (value: string | null | undefined): Cell => (value ? excelDate(value) : null);

/**
 * The register as listed on the Monitoring screen (the same filter and order): one row per person,
 * the supervision in force today, the next check-in and what needs attention.
 */
export function registerSheet(
  persons: PersonSummary[],
  language: Language,
  districtLabel: (name: string) => string,
): TableSheet {
  const t = (key: string) => translate(language, key);
  const dates = excelDateFormat(language);
  const column = (key: string, width: number, numFmt?: string) => ({
    header: t(`spreadsheet.register.${key}`),
    width,
    ...(numFmt ? { numFmt } : {}),
  });
  return {
    name: t('spreadsheet.register.sheet'),
    columns: [
      column('personId', 12),
      column('fullName', 32),
      column('iin', 15),
      column('birthDate', 13, dates),
      column('district', 18),
      column('supervision', 28),
      column('start', 13, dates),
      column('end', 13, dates),
      column('checkInsPerMonth', 12),
      column('nextDue', 13, dates),
      column('overdue', 12),
      column('pendingMatches', 12),
      column('confirmedCases', 12),
    ],
    rows: persons.map((p): Cell[] => [
      p.personId,
      p.fullName,
      p.iin,
      date(p.birthDate),
      p.district === null ? null : districtLabel(p.district),
      p.current ? t(`monitoring.supervisionType.${p.current.type}`) : t('monitoring.list.notSupervised'),
      date(p.current?.start),
      date(p.current?.end),
      p.current?.checkInsPerMonth ?? null,
      date(p.nextDue),
      p.overdue,
      p.pendingMatches,
      p.confirmedCases,
    ]),
  };
}
