import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import type { CreatedCase } from './new-case-form';
import { PageHeader } from '../../components/PageHeader';
import { CaseTable } from './CaseTable';
import { NewCaseDrawer } from './NewCaseDrawer';
import { useCaseList } from './useCaseList';

/** `#/cases` lists the cases; `#/cases/new` shows the same list with the new-case form over it. */
export function CasesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const creating = useMatch('/cases/new') !== null;
  const list = useCaseList();
  const [searchText, setSearchText] = useState('');
  const [createdId, setCreatedId] = useState<number | null>(null);

  const onCreated = (created: CreatedCase) => {
    void message.success(t('cases.created', { registryNumber: created.registryNumber }));
    setCreatedId(created.id);
    setSearchText('');
    list.update({ search: '' });
    void navigate('/cases');
  };

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            aria-keyshortcuts="Control+N"
            onClick={() => void navigate('/cases/new')}
          >
            {t('cases.new')}
          </Button>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Flex align="center" justify="space-between" gap={16} style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('cases.search')}
            placeholder={t('cases.searchPlaceholder')}
            allowClear
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            onSearch={(value) => list.update({ search: value.trim() })}
            style={{ maxWidth: 360 }}
          />
          <Typography.Text type="secondary" aria-live="polite">
            {list.page ? t('cases.total', { count: list.page.total }) : null}
          </Typography.Text>
        </Flex>
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
        <CaseTable
          request={list.request}
          page={list.page}
          loading={list.loading}
          highlightId={createdId}
          onChange={list.update}
        />
      </Card>
      <NewCaseDrawer open={creating} onClose={() => void navigate('/cases')} onCreated={onCreated} />
    </>
  );
}
