import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton } from 'antd';
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
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';

/** The start page: counts per stage for the current year, overdue and due-soon cases, the monitoring register. */
export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dashboard = useApiQuery('dashboard.summary', {});
  // The investigation term dates each listed case's deadline.
  const settings = useApiQuery('settings.get', {});
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
        canImport && dashboard.data && dashboard.data.totalCases > 0 ? (
          <Button icon={<ImportOutlined aria-hidden />} onClick={() => void navigate('/cases/import')}>
            {t('importFile.button')}
          </Button>
        ) : null
      }
    />
  );

  const failed = dashboard.apiError ?? settings.apiError;
  if (failed)
    return (
      <>
        {header}
        <LoadError error={failed} onRetry={() => Promise.all([dashboard.refetch(), settings.refetch()])} />
      </>
    );
  if (!dashboard.data || !settings.data)
    return (
      <>
        {header}
        <Card>
          <Skeleton active />
        </Card>
      </>
    );

  const summary = dashboard.data;
  const termDays = settings.data.investigationDays;
  if (summary.totalCases === 0)
    return (
      <>
        {header}
        <Flex vertical gap={24}>
          <EmptyDatabase />
          <MonitoringCard hideWhenIdle />
        </Flex>
      </>
    );

  return (
    <>
      {header}
      <Flex vertical gap={24}>
        <StageCards currentYear={summary.year} openYear={summary.stagesYear} />
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
