import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rankedBarsHeight, sharesChart } from '../../../../shared/charts';
import type { ShareRow } from '../../../../shared/domain/stats';
import { SectionCard } from '../../components/case/SectionCard';
import { EChart } from '../../components/EChart';
import { CountTable } from './CountTable';
import type { DrillRequest } from './report-query';
import { SectionLead } from './SectionLead';
import type { ReportLabels } from './useReportLabels';
import { useReviewNames } from './useReviewNames';

interface Props {
  kind: 'platform' | 'tactic';
  rows: ShareRow[];
  labels: ReportLabels;
  open: (request: DrillRequest) => void;
  /** The narrative's sentences for this section. */
  lead: readonly string[];
}

/** Platforms or tactics, largest first, with the cases naming each and their share of the year's. */
export function SharesSection({ kind, rows, labels, open, lead }: Props) {
  const { t } = useTranslation();
  const names = useReviewNames();
  const label = kind === 'platform' ? labels.platform : labels.tactic;
  const title = t(kind === 'platform' ? 'reports.section.platforms' : 'reports.section.tactics');

  const chart = useMemo(
    () =>
      sharesChart(
        rows.map((row) => ({ label: label(row.name), cases: row.cases, pct: row.pct })),
        labels.language,
      ),
    [rows, label, labels.language],
  );

  return (
    <SectionCard title={title}>
      <SectionLead sentences={lead} />
      <CountTable
        ranked
        nameTitle={names.column(kind)}
        countTitle={names.column('cases')}
        rows={rows.map((row) => ({
          key: row.name,
          label: label(row.name),
          count: row.cases,
          pct: row.pct,
          onOpen: () => open({ figure: kind, key: row.name }),
        }))}
      />
      {rows.length > 0 && (
        <EChart
          option={chart}
          height={rankedBarsHeight(rows.length)}
          label={title}
          onItemClick={(index) => {
            const row = rows[index];
            if (row) open({ figure: kind, key: row.name });
          }}
        />
      )}
    </SectionCard>
  );
}
