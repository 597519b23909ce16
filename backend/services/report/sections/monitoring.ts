import type { Content } from 'pdfmake/interfaces';
import { chartPalette } from '../../../../shared/charts';
import { isEmptyRegisterYear, monitoringWords } from '../../../../shared/report/narrative-monitoring';
import { pctCell } from '../figures';
import { periodT, type SectionBuilder } from '../inputs';
import { table } from '../layout';

/**
 * The monitoring register's year: its key figures, and under them how the re-offence rate is
 * counted, in words (a rate is read wrongly without its definition). A year the register has nothing
 * for gets one line rather than a table of zeros.
 */
export const monitoring: SectionBuilder = ({ stats, w, narrative, inputs, year, period }) => {
  const m = stats.monitoring;
  const t = monitoringWords(inputs.language);
  const { f } = w;
  const none = period.isYear
    ? t('none', { year })
    : periodT(inputs.language, 'monitoringNone', { in: period.in });
  if (isEmptyRegisterYear(m)) return { title: t('title'), lead: [none], body: [] };
  const rate = m.reoffenceRate;
  const rows: [string, string][] = [
    [
      period.isYear ? t('figure.personsMonitored') : periodT(inputs.language, 'personsMonitored'),
      f.number(m.personsMonitored),
    ],
    [t('figure.underMonitoringOn', { date: f.longDate(m.asOf) }), f.number(m.underMonitoringAtYearEnd)],
    [t('figure.newPeriods'), f.number(m.newPeriods)],
    [t('figure.checkInsExpected'), f.number(m.checkIns.expected)],
    [t('figure.checkInsAttended'), f.number(m.checkIns.attended)],
    [t('figure.compliance'), pctCell(m.checkIns.compliancePct, w)],
    [t('figure.violations'), f.number(m.violations)],
    [t('figure.warnings'), f.number(m.warnings)],
    [t('figure.reoffendedPersons'), f.number(m.reoffendedPersons)],
    [t('figure.cohort'), f.number(rate.cohort)],
    [t('figure.failures'), f.number(rate.reoffended)],
    [t('figure.reoffenceRate'), pctCell(rate.pct, w)],
    [t('figure.offendersOnRegister'), f.number(m.offendersOnRegister)],
  ];
  const definition: Content = {
    text: t('definition', { from: f.longDate(stats.period.from), asOf: f.longDate(m.asOf) }),
    fontSize: 8.5,
    lineHeight: 1.3,
    color: chartPalette.muted,
    margin: [0, 0, 0, 8],
  };
  return {
    title: t('title'),
    lead: narrative.monitoring,
    body: [
      table({
        head: [w.t('column.indicator'), t('column.value')],
        rows,
        widths: ['*', 80],
        align: ['left', 'right'],
        boldRows: [rows.length - 2],
      }),
      definition,
    ],
  };
};
