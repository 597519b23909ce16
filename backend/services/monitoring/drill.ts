import type { Readers, StatsDistrict } from '../../../db/ports';
import type { CaseMatch } from '../../../shared/domain/monitoring-api';
import { calendarYear } from '../../../shared/domain/period';
import {
  monitoringDrillKeys,
  type MonitoredDrillRow,
  type MonitoringDrillKey,
} from '../../../shared/domain/monitoring-stats';
import type { DrillRequest, MonitoredDrillPage } from '../../../shared/domain/stats';
import {
  countedFigures,
  monitoringYear,
  partOf,
  readRegister,
  registerOffenders,
  periodWindow,
  type PersonYear,
} from './year-facts';

/*
 * The register's persons behind one of its figures (figure `monitoredPersons` of the drill-down),
 * chosen by the same parts the figure adds up (year-facts.ts). The register is small: plain code.
 */

const isKey = (key: string | undefined): key is MonitoringDrillKey =>
  monitoringDrillKeys.includes(key as MonitoringDrillKey);

const byRegistration = (a: CaseMatch, b: CaseMatch) =>
  a.registeredOn.localeCompare(b.registeredOn) || a.registryNumber.localeCompare(b.registryNumber);

function rowOf(p: PersonYear, count: number | null, cases: CaseMatch[]): MonitoredDrillRow {
  const latest = [...p.periods].sort((a, b) => b.start.localeCompare(a.start))[0];
  return {
    personDbId: p.id,
    personId: p.record.personId,
    fullName: p.record.fullName,
    birthDate: p.record.birthDate,
    district: p.record.district,
    period: latest ? { type: latest.type, start: latest.start, end: latest.end } : null,
    count,
    cases: [...cases].sort(byRegistration).map(({ caseId, registryNumber, registeredOn }) => ({
      caseId,
      registryNumber,
      registeredOn,
    })),
  };
}

/** The figure's persons, alphabetically; null for a key no figure has. */
export async function monitoringDrill(
  r: Readers,
  request: DrillRequest,
  district: StatsDistrict | null,
  today: string,
): Promise<MonitoredDrillPage | null> {
  const key = request.key;
  if (!isKey(key)) return null;
  const period = request.period ?? calendarYear(request.year);
  const window = periodWindow(period, today);
  const register = await readRegister(r);
  const everyone = monitoringYear(register, window, district);
  let rows: MonitoredDrillRow[];
  if (key === 'amongOffenders') {
    const offenders = await registerOffenders(r, register, period, district);
    rows = everyone.filter((p) => offenders.has(p.id)).map((p) => rowOf(p, null, offenders.get(p.id)!));
  } else {
    const cases = (p: PersonYear) =>
      key === 'reoffended' ? p.reoffences : key === 'reoffenceFailures' ? p.failures : [];
    rows = everyone
      .filter((p) => p.inDistrict && partOf[key](p) > 0)
      .map((p) => rowOf(p, countedFigures.has(key) ? partOf[key](p) : null, cases(p)));
  }
  rows.sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru') || a.personId.localeCompare(b.personId));
  const start = (request.page - 1) * request.pageSize;
  return { kind: 'monitoredPersons', total: rows.length, rows: rows.slice(start, start + request.pageSize) };
}
