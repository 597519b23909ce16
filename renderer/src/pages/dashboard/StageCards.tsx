import { Alert, Card, Flex, Select, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stages, type Stage } from '../../../../shared/domain/case';
import { caseListPath } from '../cases/list-query';
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';

const YEARS_OFFERED = 10;

/** The same colours as the stage tags in the case list. */
const stageColors: Record<Stage, string> = {
  registered: '#1677ff',
  forwarded: '#faad14',
  verdict: '#722ed1',
  sentenced: '#52c41a',
  closed: '#8c8c8c',
};

interface CardProps {
  to: string;
  title: string;
  value: number | null;
  color: string;
}

/** A figure that opens the list of the cases it counts. */
function FigureCard({ to, title, value, color }: CardProps) {
  return (
    <Link to={to} className="dashboard-figure" style={{ flex: '1 1 150px', minWidth: 150 }}>
      <Card size="small" hoverable style={{ borderTop: `3px solid ${color}`, height: '100%' }}>
        <Statistic
          title={title}
          value={value ?? '—'}
          groupSeparator={'\u202f'}
          loading={value === null}
          // Titles of two lines and of one keep the figures on one level.
          styles={{ title: { minHeight: 44 } }}
        />
      </Card>
    </Link>
  );
}

interface Props {
  /** This year. */
  currentYear: number;
  /** The year to open on: this year, or the latest one with cases when this year has none yet. */
  openYear: number;
}

/** Cases registered in a year (the one opened on unless another is chosen), by the stage each is at now. */
export function StageCards({ currentYear, openYear }: Props) {
  const { t } = useTranslation();
  const [year, setYear] = useState(openYear);
  const { data, apiError, refetch } = useApiQuery('cases.stageCounts', { year });
  const counts = data?.counts ?? null;
  const oldestOffered = Math.min(currentYear - YEARS_OFFERED + 1, openYear);

  return (
    <section aria-labelledby="dashboard-stages">
      <Flex align="center" justify="space-between" gap={16} style={{ marginBottom: 12 }}>
        <Typography.Title id="dashboard-stages" level={2} style={{ margin: 0, fontSize: 18 }}>
          {t('dashboard.stages.title', { year })}
        </Typography.Title>
        <Select<number>
          aria-label={t('dashboard.stages.year')}
          value={year}
          onChange={setYear}
          virtual={false}
          style={{ width: 110 }}
          options={Array.from({ length: currentYear - oldestOffered + 1 }, (_, i) => currentYear - i).map(
            (y) => ({
              value: y,
              label: String(y),
            }),
          )}
        />
      </Flex>
      {year === openYear && openYear !== currentYear && (
        <Alert
          type="info"
          showIcon
          title={t('dashboard.stages.latestYear', { year, currentYear })}
          style={{ marginBottom: 12 }}
        />
      )}
      <LoadError error={apiError} onRetry={refetch} style={{ marginBottom: 12 }} />
      <Flex gap={16} wrap>
        <FigureCard
          to={caseListPath({ year })}
          title={t('dashboard.stages.total')}
          value={data?.total ?? null}
          color="#1d4f91"
        />
        {stages.map((stage) => (
          <FigureCard
            key={stage}
            to={caseListPath({ year, stage })}
            title={t(`cases.stage.${stage}`)}
            value={counts ? counts[stage] : null}
            color={stageColors[stage]}
          />
        ))}
      </Flex>
    </section>
  );
}
