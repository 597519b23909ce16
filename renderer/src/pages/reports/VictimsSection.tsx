import { Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  rankedBarsHeight,
  victimAgeChart,
  victimEmploymentChart,
  type EmploymentKey,
} from '../../../../shared/charts';
import { employments } from '../../../../shared/domain/case-record';
import { ageBands, type AgeBand, type AnnualStats } from '../../../../shared/domain/stats';
import { SectionCard } from '../../components/case/SectionCard';
import { EChart } from '../../components/EChart';
import { currentLanguage } from '../../i18n/i18n';
import { CountTable, type CountRow } from './CountTable';
import { FigureCard } from './FigureCard';
import { rankedKeys } from './ranked-keys';
import type { DrillRequest } from './report-query';
import { SectionLead } from './SectionLead';
import { useReviewNames } from './useReviewNames';
import { useScreenFormats } from './useScreenFormats';

const employmentKeys: EmploymentKey[] = [...employments, 'unknown'];

interface Props {
  stats: AnnualStats;
  open: (request: DrillRequest) => void;
  /** The narrative's sentences for this section. */
  lead: readonly string[];
}

/** Victims of the year's cases: how many, the share of women, their ages and employment. */
export function VictimsSection({ stats, open, lead }: Props) {
  const { t } = useTranslation();
  const f = useScreenFormats();
  const names = useReviewNames();
  const { victims } = stats;
  const language = currentLanguage();

  // The age bands and employments as the review's rows name them.
  const ageLabels = useMemo(
    () => Object.fromEntries(ageBands.map((b) => [b, names.ageBand(b)])) as Record<AgeBand, string>,
    [names],
  );
  const employmentLabels = useMemo(
    () =>
      Object.fromEntries(employmentKeys.map((k) => [k, names.employment(k)])) as Record<
        EmploymentKey,
        string
      >,
    [names],
  );

  const ageRows: CountRow[] = ageBands.map((band) => ({
    key: band,
    label: ageLabels[band],
    count: victims.ageBands[band],
    onOpen: () => open({ figure: 'victims', key: `age:${band}` }),
  }));
  // The most frequent first, values nobody had left out: the same order as the chart.
  const employmentRows: CountRow[] = rankedKeys(victims.employment, employmentKeys).map((key) => ({
    key,
    label: employmentLabels[key],
    count: victims.employment[key],
    onOpen: () => open({ figure: 'victims', key: `employment:${key}` }),
  }));

  const ageChart = useMemo(
    () => victimAgeChart(victims.ageBands, ageLabels, language),
    [victims.ageBands, ageLabels, language],
  );
  const employmentChart = useMemo(
    () => victimEmploymentChart(victims.employment, employmentLabels, language),
    [victims.employment, employmentLabels, language],
  );

  return (
    <SectionCard title={t('reports.section.victims')}>
      <SectionLead sentences={lead} />
      <div className="report-figures" style={{ marginBottom: 16 }}>
        <FigureCard
          title={t('reports.victims.total')}
          value={f.number(victims.total)}
          onOpen={() => open({ figure: 'victims', key: 'all' })}
        />
        <FigureCard
          title={t('reports.victims.women')}
          value={f.percent(victims.womenPct)}
          onOpen={() => open({ figure: 'victims', key: 'women' })}
        />
      </div>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t('reports.victims.byAge')}
          </Typography.Title>
          <CountTable
            nameTitle={names.column('ageBand')}
            countTitle={names.column('victims')}
            rows={ageRows}
          />
          <EChart
            option={ageChart}
            height={rankedBarsHeight(ageBands.length)}
            label={t('reports.victims.byAge')}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t('reports.victims.byEmployment')}
          </Typography.Title>
          <CountTable
            nameTitle={names.column('employment')}
            countTitle={names.column('victims')}
            rows={employmentRows}
          />
          <EChart
            option={employmentChart}
            height={rankedBarsHeight(employmentRows.length)}
            label={t('reports.victims.byEmployment')}
          />
        </Col>
      </Row>
    </SectionCard>
  );
}
