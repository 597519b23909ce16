import type { Content } from 'pdfmake/interfaces';
import { chartPalette } from '../../../../shared/charts';
import {
  isEmptyRegisterYear,
  monitoringSectionWords,
  monitoringWords,
} from '../../../../shared/report/narrative-monitoring';
import { pctCell } from '../figures';
import type { SectionBuilder } from '../inputs';
import { table } from '../layout';

/**
 * The monitoring register over the review's days: its key figures, and under them how the re-offence
 * rate is counted, in words (a rate is read wrongly without its definition). Days the register has
 * nothing for get one line rather than a table of zeros.
 */
export const monitoring: SectionBuilder = ({ stats, w, narrative, inputs, year }) => {
  const m = stats.monitoring;
  const t = monitoringWords(inputs.language);
  const { figure, none } = monitoringSectionWords(stats.period, year, inputs.language);
  const { f } = w;
  if (isEmptyRegisterYear(m)) return { title: t('title'), lead: [none], body: [] };
  const rate = m.reoffenceRate;
  const rows: [string, string][] = [
    [figure('personsMonitored'), f.number(m.personsMonitored)],
    [figure('underMonitoringOn', { date: f.longDate(m.asOf) }), f.number(m.underMonitoringAtYearEnd)],
    [figure('newPeriods'), f.number(m.newPeriods)],
    [figure('checkInsExpected'), f.number(m.checkIns.expected)],
    [figure('checkInsAttended'), f.number(m.checkIns.attended)],
    [figure('compliance'), pctCell(m.checkIns.compliancePct, w)],
    [figure('violations'), f.number(m.violations)],
    [figure('warnings'), f.number(m.warnings)],
    [figure('reoffendedPersons'), f.number(m.reoffendedPersons)],
    [figure('cohort'), f.number(rate.cohort)],
    [figure('failures'), f.number(rate.reoffended)],
    [figure('reoffenceRate'), pctCell(rate.pct, w)],
    [figure('offendersOnRegister'), f.number(m.offendersOnRegister)],
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
