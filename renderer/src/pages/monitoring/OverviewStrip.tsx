import { Alert, Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonitoringOverview } from '../../../../shared/domain/monitoring-api';
import { monitoringWarningTitle } from '../../components/monitoring-warnings';
import { registerPath, type RegisterFilter } from './register-query';
import './monitoring.css';

interface Figure {
  key: keyof Omit<MonitoringOverview, 'today'>;
  filter: RegisterFilter;
  color: string;
}

const figures: Figure[] = [
  { key: 'underSupervision', filter: 'active', color: '#1d4f91' },
  { key: 'overdue', filter: 'overdue', color: '#cf1322' },
  { key: 'dueSoon', filter: 'dueSoon', color: '#d48806' },
  { key: 'endingSoon', filter: 'endingSoon', color: '#08979c' },
  { key: 'pendingMatches', filter: 'flagged', color: '#722ed1' },
];

const valueOf = (overview: MonitoringOverview, key: Figure['key']): number => {
  const figure = overview[key];
  return typeof figure === 'number' ? figure : figure.total;
};

interface Props {
  overview: MonitoringOverview | null;
  error: string | null;
  current: RegisterFilter;
}

/** Today's figures of the register; each one lists the persons behind it (the whole register, unsearched). */
export function OverviewStrip({ overview, error, current }: Props) {
  const { t } = useTranslation();
  if (error) return <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />;
  return (
    <section aria-label={t('monitoring.overview.label')} style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap>
        {figures.map(({ key, filter, color }) => {
          const value = overview ? valueOf(overview, key) : null;
          // Only a lapse is worth a red figure; the other figures are plans.
          const alarming = key === 'overdue' && value !== null && value > 0;
          return (
            <Link
              key={key}
              to={registerPath({ filter })}
              className="monitoring-figure"
              aria-current={current === filter ? 'true' : undefined}
              style={{ flex: '1 1 160px', minWidth: 160 }}
            >
              <Card
                size="small"
                hoverable
                className={current === filter ? 'monitoring-figure__card--current' : undefined}
                style={{ borderTop: `3px solid ${color}`, height: '100%' }}
              >
                <Statistic
                  title={
                    key === 'underSupervision'
                      ? t('monitoring.overview.underSupervision')
                      : monitoringWarningTitle(t, key)
                  }
                  value={value ?? '—'}
                  loading={overview === null}
                  groupSeparator={'\u202f'}
                  // One-line and two-line titles keep the figures level.
                  styles={{ title: { minHeight: 44 }, content: alarming ? { color } : undefined }}
                />
              </Card>
            </Link>
          );
        })}
      </Flex>
    </section>
  );
}
