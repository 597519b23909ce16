import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { funnelSteps, pipelineFunnelChart, type FunnelStep } from '../../../../shared/charts';
import { isCalendarYear } from '../../../../shared/domain/period';
import type { AnnualStats, PipelineCounts } from '../../../../shared/domain/stats';
import { SectionCard } from '../../components/case/SectionCard';
import { EChart } from '../../components/EChart';
import { currentLanguage } from '../../i18n/i18n';
import { ChangeText } from './ChangeText';
import { FigureCard } from './FigureCard';
import { FigureLink } from './FigureLink';
import type { DrillRequest } from './report-query';
import { SectionLead } from './SectionLead';
import { useReviewNames } from './useReviewNames';
import { useScreenFormats } from './useScreenFormats';

type Counted = keyof PipelineCounts;
const counted: Counted[] = [
  'registered',
  'forwardedToCourt',
  'convictedPersons',
  'sentencedPersons',
  'imprisonedPersons',
];

interface Props {
  stats: AnnualStats;
  open: (request: DrillRequest) => void;
  /** The narrative's sentences for this section. */
  lead: readonly string[];
}

/** The pipeline figures of the year, each against the year before, and the funnel. */
export function KeyFiguresSection({ stats, open, lead }: Props) {
  const { t } = useTranslation();
  const f = useScreenFormats();
  // Each figure under the name the printed review gives it.
  const names = useReviewNames();
  const language = currentLanguage();
  const { pipeline, previousYear, year } = stats;
  const previous = year - 1;
  // A quarter (or any days) is compared with the same days a year before, and says so.
  const whole = isCalendarYear(stats.period, year);

  // The year before, as a button of its own: "in 2023: 53" opens that year's list.
  const previousLine = (figure: Counted) => (
    <span>
      {t(whole ? 'reports.key.previousYear' : 'period.samePeriod', { year: previous })}
      <FigureLink
        label={t(whole ? 'reports.key.previousLabel' : 'period.samePeriodLabel', {
          figure: names.figure(figure),
          year: previous,
        })}
        count={previousYear[figure]}
        onOpen={() => open({ figure, year: previous })}
      />
    </span>
  );

  const detail = (figure: Counted) => {
    const range = pipeline.imprisonmentYears;
    return (
      <>
        {previousLine(figure)}
        {figure === 'registered' && (
          <span>
            <ChangeText pct={stats.registeredChangePct} />
          </span>
        )}
        {figure === 'imprisonedPersons' && range && (
          <span>
            {range.min === range.max
              ? t('reports.key.term', { count: range.min, years: f.number(range.min) })
              : t('reports.key.termRange', {
                  count: range.max,
                  min: f.number(range.min),
                  max: f.number(range.max),
                })}
          </span>
        )}
      </>
    );
  };

  // The funnel's steps as the review's funnel names them.
  const funnel = useMemo(() => {
    const labels = Object.fromEntries(funnelSteps.map((s) => [s, names.funnel(s)])) as Record<
      FunnelStep,
      string
    >;
    return pipelineFunnelChart(pipeline, labels, language);
  }, [pipeline, language, names]);

  return (
    <SectionCard title={names.section('keyFigures')}>
      <SectionLead sentences={lead} />
      <div className="report-figures">
        {counted.map((figure) => (
          <FigureCard
            key={figure}
            title={names.figure(figure)}
            value={f.number(pipeline[figure])}
            onOpen={() => open({ figure })}
            detail={detail(figure)}
          />
        ))}
        <FigureCard
          title={names.figure('clearanceRate')}
          value={f.percent(pipeline.clearanceRatePct)}
          // The rate's numerator: the cases forwarded to court out of those registered.
          onOpen={() => open({ figure: 'forwardedToCourt' })}
          detail={t('reports.key.clearanceDetail', {
            forwarded: f.number(pipeline.forwardedToCourt),
            registered: f.number(pipeline.registered),
          })}
        />
        <FigureCard
          title={t('reports.figure.acquittedPersons')}
          value={f.number(stats.acquittedPersons)}
          onOpen={() => open({ figure: 'acquittedPersons' })}
        />
      </div>
      <div style={{ maxWidth: 720, marginTop: 16 }}>
        <EChart
          option={funnel}
          height={200}
          label={t('reports.chart.funnel')}
          onItemClick={(index) => {
            const step = funnelSteps[index];
            if (step) open({ figure: step });
          }}
        />
      </div>
    </SectionCard>
  );
}
