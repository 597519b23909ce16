import { searchButton } from '../../components/search-button';
import { UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PersonDetail } from '../../../../shared/domain/monitoring-api';
import { PageHeader } from '../../components/PageHeader';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { useCan } from '../../state/session';
import { OverviewStrip } from './OverviewStrip';
import { PersonForm } from './PersonForm';
import { PersonTable } from './PersonTable';
import { RegisterSpreadsheetButton } from './RegisterSpreadsheetButton';
import { registerFilters, type RegisterFilter } from './register-query';
import { useDistricts } from './useDistricts';
import { useApiQuery } from '../../query/use-api';
import { useRegisterList } from './useRegisterList';

/**
 * `#/monitoring?search=…&filter=…`: today's figures of the register, and the register itself, those
 * needing attention first. A new person opens on their own page, where supervision is added.
 */
export function MonitoringPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const overview = useApiQuery('monitoring.overview', {});
  const list = useRegisterList();
  const districts = useDistricts();
  // `seq` gives each opening of the form a fresh state (no error left from the last time).
  const [registering, setRegistering] = useState({ open: false, seq: 0 });
  const { request } = list;
  const canRegister = useCan('monitoring.write');
  const canExport = useCan('export');

  const onRegistered = (detail: PersonDetail) => {
    void message.success(
      t(`monitoring.register.done.${detail.record.sex}`, {
        name: detail.record.fullName,
        personId: detail.record.personId,
      }),
    );
    void navigate(`/monitoring/${detail.id}`);
  };

  const emptyText = request.search
    ? t('monitoring.list.notFound', { search: request.search })
    : request.filter !== 'all'
      ? t('monitoring.list.noMatch')
      : canRegister
        ? t('monitoring.list.empty')
        : t('roles.emptyRegister');

  return (
    <>
      <PageHeader
        title={t('monitoring.title')}
        extra={
          canRegister ? (
            <Button
              type="primary"
              icon={<UserAddOutlined aria-hidden />}
              onClick={() => setRegistering(({ seq }) => ({ open: true, seq: seq + 1 }))}
            >
              {t('monitoring.register.button')}
            </Button>
          ) : (
            <ViewOnlyTag />
          )
        }
      />
      <OverviewStrip
        overview={overview.data ?? null}
        error={overview.apiError?.message ?? null}
        current={request.filter}
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        {/* The filter on a row of its own: its six choices take a line in Kazakh and Russian. */}
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          <Flex gap={12} wrap align="center">
            <Input.Search
              // Keyed by the URL's search, so the back button also puts the text back in the box.
              key={request.search}
              defaultValue={request.search}
              aria-label={t('monitoring.list.search')}
              placeholder={t('monitoring.list.searchPlaceholder')}
              allowClear
              enterButton={searchButton(t, true)}
              onSearch={(search) => list.update({ search: search.trim() })}
              style={{ width: 320 }}
            />
            <Flex gap={12} align="center" style={{ marginInlineStart: 'auto' }}>
              <Typography.Text type="secondary" aria-live="polite">
                {list.page ? t('monitoring.list.total', { count: list.page.total }) : null}
              </Typography.Text>
              {canExport && <RegisterSpreadsheetButton search={request.search} filter={request.filter} />}
            </Flex>
          </Flex>
          <Segmented<RegisterFilter>
            aria-label={t('monitoring.filter.label')}
            value={request.filter}
            onChange={(filter) => list.update({ filter })}
            options={registerFilters.map((filter) => ({
              value: filter,
              label: t(`monitoring.filter.${filter}`),
            }))}
            style={{ alignSelf: 'flex-start' }}
          />
        </Flex>
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
        <PersonTable
          page={list.page}
          loading={list.loading}
          today={overview.data?.today ?? null}
          emptyText={emptyText}
          districtLabel={districts.label}
          onPage={(page) => list.update({ page })}
        />
      </Card>
      <PersonForm
        key={registering.seq}
        open={registering.open}
        onSaved={onRegistered}
        onClose={() => setRegistering(({ seq }) => ({ open: false, seq }))}
      />
    </>
  );
}
