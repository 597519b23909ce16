import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonitoringDrillKey } from '../../../../shared/domain/monitoring-stats';
import type { AnnualStats } from '../../../../shared/domain/stats';
import { formatsFor } from '../../../../shared/format';
import { isEmptyRegisterYear, monitoringSectionWords } from '../../../../shared/report/narrative-monitoring';
import { SectionCard } from '../../components/case/SectionCard';
import { currentLanguage } from '../../i18n/i18n';
import { FigureCard } from './FigureCard';
import type { DrillRequest } from './report-query';
import { SectionLead } from './SectionLead';
import { useScreenFormats } from './useScreenFormats';

interface Props {
  stats: AnnualStats;
  open: (request: DrillRequest) => void;
  /** The narrative's paragraph for this section. */
  lead: readonly string[];
}

/**
 * The monitoring register over the review's days, as the review's monitoring section: every count
 * of persons, periods or events opens the persons behind it. Check-ins are a share of appointments,
 * not of persons, so their card opens nothing.
 */
export function MonitoringSection({ stats, open, lead }: Props) {
  const { t } = useTranslation();
  const f = useScreenFormats();
  const m = stats.monitoring;
  // A quarter's (or any days') register is said of its days, not of the year.
  const { figure: title, none } = monitoringSectionWords(stats.period, stats.year, currentLanguage());
  const opens = (key: MonitoringDrillKey) => () => open({ figure: 'monitoredPersons', key });

  if (isEmptyRegisterYear(m))
    return (
      <SectionCard title={t('monitoringReport.title')}>
        <Typography.Text type="secondary">{none}</Typography.Text>
      </SectionCard>
    );

  const rate = m.reoffenceRate;
  const { longDate: date } = formatsFor(currentLanguage());
  const asOf = date(m.asOf);
  return (
    <SectionCard title={t('monitoringReport.title')}>
      <SectionLead sentences={lead} />
      <div className="report-figures">
        <FigureCard
          title={title('personsMonitored')}
          value={f.number(m.personsMonitored)}
          onOpen={opens('monitored')}
        />
        <FigureCard
          title={title('underMonitoringOn', { date: asOf })}
          value={f.number(m.underMonitoringAtYearEnd)}
          onOpen={opens('atYearEnd')}
        />
        <FigureCard title={title('newPeriods')} value={f.number(m.newPeriods)} onOpen={opens('newPeriods')} />
        <FigureCard
          title={title('compliance')}
          value={f.percent(m.checkIns.compliancePct)}
          // The share's other side: who did not come when due, and how often.
          onOpen={opens('missedCheckIns')}
          detail={t('monitoringReport.checkInsDetail', {
            attended: f.number(m.checkIns.attended),
            expected: f.number(m.checkIns.expected),
          })}
        />
        <FigureCard title={title('violations')} value={f.number(m.violations)} onOpen={opens('violations')} />
        <FigureCard title={title('warnings')} value={f.number(m.warnings)} onOpen={opens('warnings')} />
        <FigureCard
          title={title('reoffendedPersons')}
          value={f.number(m.reoffendedPersons)}
          onOpen={opens('reoffended')}
        />
        <FigureCard
          title={title('reoffenceRate')}
          value={f.percent(rate.pct)}
          // The rate's numerator: the persons counted who re-offended under supervision.
          onOpen={opens('reoffenceFailures')}
          detail={t('monitoringReport.rateDetail', {
            failures: f.number(rate.reoffended),
            cohort: f.number(rate.cohort),
          })}
        />
        <FigureCard
          title={title('offendersOnRegister')}
          value={f.number(m.offendersOnRegister)}
          onOpen={opens('amongOffenders')}
        />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, maxWidth: '80ch' }}>
        {t('monitoringReport.definition', { from: date(stats.period.from), asOf })}
      </Typography.Paragraph>
    </SectionCard>
  );
}
