import { useTranslation } from 'react-i18next';
import type { AnnualStats, OffenderFilter } from '../../../../shared/domain/stats';
import { SectionCard } from '../../components/case/SectionCard';
import { FigureCard } from './FigureCard';
import { FigureLink } from './FigureLink';
import type { DrillRequest } from './report-query';
import { SectionLead } from './SectionLead';
import { useReviewNames } from './useReviewNames';
import { useScreenFormats } from './useScreenFormats';

type ShareFilter = Exclude<OffenderFilter, 'all'>;

const shareOf: Record<ShareFilter, keyof AnnualStats['offenders']> = {
  men: 'menPct',
  age17to60: 'age17to60Pct',
  priorConviction: 'priorConvictionPct',
  unemployed: 'unemployedPct',
};

interface Props {
  stats: AnnualStats;
  open: (request: DrillRequest) => void;
  /** The narrative's sentences for this section. */
  lead: readonly string[];
}

/**
 * Defendants of the year's cases, each person once: how many, and the shares the review reports,
 * all under the review's names ("offenders", its standard statistical term, though the count takes
 * in the acquitted too). A share opens the persons it counts; the group-crime share opens the cases.
 */
export function OffendersSection({ stats, open, lead }: Props) {
  const { t } = useTranslation();
  const f = useScreenFormats();
  const names = useReviewNames();
  const { offenders } = stats;
  // The previously convicted drilled down to the register: who of the year's offenders is supervised.
  const onRegisterLabel = t('monitoringReport.offendersOnRegister');
  const onRegister = (
    <span>
      {onRegisterLabel}:
      <FigureLink
        label={onRegisterLabel}
        count={stats.monitoring.offendersOnRegister}
        onOpen={() => open({ figure: 'monitoredPersons', key: 'amongOffenders' })}
      />
    </span>
  );

  return (
    <SectionCard title={names.offenders}>
      <SectionLead sentences={lead} />
      <div className="report-figures">
        <FigureCard
          title={names.offenders}
          value={f.number(offenders.total)}
          onOpen={() => open({ figure: 'offenders', key: 'all' })}
          detail={t('reports.offenders.eachOnce')}
        />
        {(Object.keys(shareOf) as ShareFilter[]).map((filter) => (
          <FigureCard
            key={filter}
            title={names.offender(filter)}
            value={f.percent(offenders[shareOf[filter]])}
            onOpen={() => open({ figure: 'offenders', key: filter })}
            detail={filter === 'priorConviction' ? onRegister : undefined}
          />
        ))}
        <FigureCard
          title={names.offender('groupCrime')}
          value={f.percent(stats.groupCrimePct)}
          onOpen={() => open({ figure: 'groupCrime' })}
        />
      </div>
    </SectionCard>
  );
}
