import { Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonitoringOverview } from '../../../../shared/domain/monitoring-api';
import { daysBetween } from '../../../../shared/dates';
import { personPath, registerPath } from '../../components/monitoring-links';
import { monitoringWarningTitle } from '../../components/monitoring-warnings';
import { formatNumber } from '../../components/format';
import { useCaseFormat } from '../case/useCaseFormat';
import { MonitoringList } from './MonitoringList';
import { oldestPerPerson } from './overdue-by-person';
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';

/** Nothing on the register and nothing to decide: the card has nothing to say on an empty database. */
const overviewIsIdle = (o: MonitoringOverview): boolean =>
  o.underSupervision === 0 &&
  o.overdue.total === 0 &&
  o.dueSoon.total === 0 &&
  o.endingSoon.total === 0 &&
  o.pendingMatches.total === 0;

interface Props {
  /** On an empty database the card appears only when the register holds something. */
  hideWhenIdle?: boolean;
}

/** A line of a list: the person (opening their page), what is due, and a second fact on the right. */
function Item({
  name,
  to,
  note,
  children,
}: {
  name: string;
  to: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <Flex component="li" justify="space-between" align="baseline" gap={12}>
      <span style={{ minWidth: 0 }}>
        <Link to={to}>{name}</Link>
        {note && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6, whiteSpace: 'nowrap' }}>
            {note}
          </Typography.Text>
        )}
      </span>
      <span style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>{children}</span>
    </Flex>
  );
}

/**
 * The monitoring register at a glance: who is under supervision, check-ins missed and coming,
 * periods ending, and matches to new cases that wait for a supervisor's decision.
 */
export function MonitoringCard({ hideWhenIdle = false }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const { data: overview, apiError, refetch } = useApiQuery('monitoring.overview', {});
  if (hideWhenIdle && (!overview || overviewIsIdle(overview))) return null;

  const title = (
    <Typography.Title id="dashboard-monitoring" level={2} style={{ margin: 0, fontSize: 16 }}>
      {t('caseMonitoring.dashboard.title')}
    </Typography.Title>
  );
  const body = () => {
    if (apiError) return <LoadError error={apiError} onRetry={refetch} />;
    if (!overview) return <Skeleton active />;
    if (overviewIsIdle(overview))
      return (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('caseMonitoring.dashboard.emptyRegister')}
        />
      );
    return <Lists overview={overview} date={format.date} />;
  };

  return (
    <section aria-labelledby="dashboard-monitoring">
      <Card
        title={title}
        extra={
          overview && (
            <Flex gap={16} wrap justify="end">
              <Link to={registerPath('active')}>
                {t('caseMonitoring.dashboard.underSupervision', {
                  number: formatNumber(overview.underSupervision),
                })}
              </Link>
              <Link to={registerPath()}>{t('caseMonitoring.dashboard.openRegister')}</Link>
            </Flex>
          )
        }
      >
        {body()}
      </Card>
    </section>
  );
}

function Lists({ overview, date }: { overview: MonitoringOverview; date: (iso: string) => string }) {
  const { t } = useTranslation();
  const { today } = overview;
  const late = (due: string) => t('dashboard.overdueBy', { count: daysBetween(due, today) });
  const left = (due: string) => {
    const days = daysBetween(today, due);
    return days === 0 ? t('dashboard.dueToday') : t('dashboard.daysLeft', { count: days });
  };
  const column = { xs: 24, lg: 12, xxl: 6 };

  return (
    <Row gutter={[32, 24]}>
      <Col {...column}>
        <MonitoringList
          id="monitoring-overdue"
          title={monitoringWarningTitle(t, 'overdue')}
          emptyText={t('caseMonitoring.dashboard.overdue.empty')}
          total={overview.overdue.total}
          color="red"
          showAllTo={registerPath('overdue')}
        >
          {oldestPerPerson(overview.overdue.items).map((item) => (
            <Item
              key={`${item.person.id}-${item.period}-${item.due}`}
              name={item.person.fullName}
              to={personPath(item.person.id)}
              note={item.person.personId}
            >
              <Typography.Text type="danger" title={late(item.due)}>
                {t('caseMonitoring.dashboard.due', { date: date(item.due) })}
              </Typography.Text>
            </Item>
          ))}
        </MonitoringList>
      </Col>
      <Col {...column}>
        <MonitoringList
          id="monitoring-due-soon"
          title={monitoringWarningTitle(t, 'dueSoon')}
          emptyText={t('caseMonitoring.dashboard.dueSoon.empty')}
          total={overview.dueSoon.total}
          color="gold"
        >
          {overview.dueSoon.items.map((item) => (
            <Item
              key={`${item.person.id}-${item.period}-${item.due}`}
              name={item.person.fullName}
              to={personPath(item.person.id)}
              note={item.person.personId}
            >
              <span title={left(item.due)}>
                {t('caseMonitoring.dashboard.due', { date: date(item.due) })}
              </span>
            </Item>
          ))}
        </MonitoringList>
      </Col>
      <Col {...column}>
        <MonitoringList
          id="monitoring-ending-soon"
          title={monitoringWarningTitle(t, 'endingSoon')}
          emptyText={t('caseMonitoring.dashboard.endingSoon.empty')}
          total={overview.endingSoon.total}
          color="blue"
          showAllTo={registerPath('endingSoon')}
        >
          {overview.endingSoon.items.map((item) => (
            <Item
              key={`${item.person.id}-${item.period}`}
              name={item.person.fullName}
              to={personPath(item.person.id)}
              note={t(`monitoring.supervisionType.${item.type}`)}
            >
              {t('caseMonitoring.dashboard.ends', { date: date(item.end) })}
            </Item>
          ))}
        </MonitoringList>
      </Col>
      <Col {...column}>
        <MonitoringList
          id="monitoring-pending"
          title={monitoringWarningTitle(t, 'pendingMatches')}
          emptyText={t('caseMonitoring.dashboard.pending.empty')}
          total={overview.pendingMatches.total}
          color="orange"
          showAllTo={registerPath('flagged')}
        >
          {overview.pendingMatches.items.map((m) => (
            <Item key={`${m.personDbId}-${m.caseId}`} name={m.personName} to={personPath(m.personDbId)}>
              <Link to={`/cases/${m.caseId}`}>
                {t('caseMonitoring.dashboard.case', { registryNumber: m.registryNumber })}
              </Link>
            </Item>
          ))}
        </MonitoringList>
      </Col>
    </Row>
  );
}
