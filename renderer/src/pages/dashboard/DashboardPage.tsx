import { ImportOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DUE_SOON_DAYS } from '../../../../shared/domain/pipeline';
import { PageHeader } from '../../components/PageHeader';
import { referenceLabel, useReferenceItems } from '../../components/useReferenceItems';
import { currentLanguage } from '../../i18n/i18n';
import { useCan } from '../../state/session';
import { DeadlineList } from './DeadlineList';
import { EmptyDatabase } from './EmptyDatabase';
import { MonitoringCard } from './MonitoringCard';
import { StageCards } from './StageCards';
import { useDashboard } from './useDashboard';

/** The start page: counts per stage for the current year, overdue and due-soon cases, the monitoring register. */
export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, reload } = useDashboard();
  const canImport = useCan('import');
  const districts = useReferenceItems('district');
  const language = currentLanguage();
  const districtLabel = (name: string) => {
    const item = districts.items.find((d) => d.name === name);
    return item ? referenceLabel(item, language) : name;
  };

  const header = (
    <PageHeader
      title={t('nav.dashboard')}
      extra={
        canImport && state.status === 'ready' && state.summary.totalCases > 0 ? (
          <Button icon={<ImportOutlined aria-hidden />} onClick={() => void navigate('/cases/import')}>
            {t('importFile.button')}
          </Button>
        ) : null
      }
    />
  );

  if (state.status === 'loading')
    return (
      <>
        {header}
        <Card>
          <Skeleton active />
        </Card>
      </>
    );
  if (state.status === 'failed')
    return (
      <>
        {header}
        <Alert
          type="error"
          showIcon
          title={state.message}
          action={
            <Button icon={<ReloadOutlined aria-hidden />} onClick={reload}>
              {t('app.retry')}
            </Button>
          }
        />
      </>
    );

  const { summary, termDays } = state;
  if (summary.totalCases === 0)
    return (
      <>
        {header}
        <Flex vertical gap={24}>
          <EmptyDatabase onFilled={reload} />
          <MonitoringCard hideWhenIdle />
        </Flex>
      </>
    );

  return (
    <>
      {header}
      <Flex vertical gap={24}>
        <StageCards currentYear={summary.year} current={summary.stageCounts} />
        <Flex gap={16} wrap align="stretch">
          <DeadlineList
            kind="overdue"
            title={t('dashboard.overdue.title')}
            emptyText={t('dashboard.overdue.empty')}
            list={summary.overdue}
            today={summary.today}
            termDays={termDays}
            districtLabel={districtLabel}
          />
          <DeadlineList
            kind="dueSoon"
            title={t('dashboard.dueSoon.title', { count: DUE_SOON_DAYS })}
            emptyText={t('dashboard.dueSoon.empty')}
            list={summary.dueSoon}
            today={summary.today}
            termDays={termDays}
            districtLabel={districtLabel}
          />
        </Flex>
        <MonitoringCard />
      </Flex>
    </>
  );
}
