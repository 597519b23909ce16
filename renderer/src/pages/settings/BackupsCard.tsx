import { usePageArrows } from '../../components/usePageArrows';
import { Alert, App, Button, Card, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupItem } from '../../../../shared/domain/backups';
import { api } from '../../api';
import { useFormats } from '../../components/format';
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';
import { useSession } from '../../state/session';
import { BackupSettingsForm } from './BackupSettingsForm';
import { RestoreSummary } from './RestoreSummary';

const MB = 1024 * 1024;

/**
 * Settings → Backups, for the administrator: the backups of this computer's database with what each
 * holds, a backup made now, a restore that first shows what the file holds, and where backups go.
 */
export function BackupsCard() {
  const { t } = useTranslation();
  const arrows = usePageArrows();
  const { message, modal } = App.useApp();
  const format = useFormats();
  const session = useSession();
  const overview = useApiQuery('backups.overview', {});
  const [busy, setBusy] = useState(false);

  const backUpNow = async () => {
    setBusy(true);
    const result = await api.backups.create({});
    setBusy(false);
    if (!result.ok) return void message.error(result.error.message);
    // The list is read again by itself: the api marks what a change alters as stale.
    void message.success(t('backups.made', { file: result.value.file }));
  };

  const restore = async (backup: BackupItem) => {
    const described = await api.backups.describe({ file: backup.file });
    if (!described.ok) return void message.error(described.error.message);
    modal.confirm({
      title: t('backups.confirm.title', { at: format.moment(backup.at) }),
      content: <RestoreSummary candidate={described.value} />,
      okText: t('backups.confirm.ok'),
      okButtonProps: { danger: true },
      cancelText: t('backups.confirm.cancel'),
      width: 560,
      onOk: async () => {
        const result = await api.backups.restore({ file: backup.file });
        if (!result.ok) return void message.error(result.error.message);
        void message.success(t('backups.restored', { file: result.value.keptAs }), 10);
        // Every session ended with the database it belonged to: the sign-in screen comes next.
        await session.refresh();
      },
    });
  };

  const error = overview.apiError;
  if (error?.code === 'not_available')
    return (
      <Card title={t('backups.title')}>
        <Alert type="info" showIcon title={error.message} />
      </Card>
    );
  const data = overview.data;
  return (
    <Card title={t('backups.title')}>
      <LoadError error={error} onRetry={overview.refetch} />
      {!error && !data && <Skeleton active paragraph={{ rows: 3 }} />}
      {data && (
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('backups.intro')}
          </Typography.Paragraph>
          {data.lastFailure && (
            <Alert
              type="warning"
              showIcon
              title={t('backups.lastFailure', {
                at: format.moment(data.lastFailure.at),
                message: data.lastFailure.message,
              })}
            />
          )}
          <Flex gap={16} align="center" wrap>
            <Button type="primary" loading={busy} onClick={() => void backUpNow()}>
              {t('backups.backUpNow')}
            </Button>
            <Typography.Text type="secondary">
              {t('backups.folderNow', { folder: data.settings.effectiveFolder })}
            </Typography.Text>
          </Flex>
          <Table<BackupItem>
            size="small"
            rowKey="file"
            dataSource={data.backups}
            pagination={{ ...arrows, pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: t('backups.empty') }}
            columns={[
              { title: t('backups.column.at'), key: 'at', render: (_, b) => format.moment(b.at) },
              {
                title: t('backups.column.kind'),
                key: 'kind',
                render: (_, b) =>
                  b.kind === 'backup' ? (
                    t('backups.kind.backup')
                  ) : (
                    <Tag>{t('backups.kind.beforeRestore')}</Tag>
                  ),
              },
              {
                title: t('backups.column.cases'),
                key: 'cases',
                align: 'right',
                render: (_, b) => (b.cases === null ? '—' : format.number(b.cases)),
              },
              {
                title: t('backups.column.size'),
                key: 'size',
                align: 'right',
                render: (_, b) => t('backups.size', { mb: format.number(b.bytes / MB) }),
              },
              {
                title: t('backups.column.head'),
                key: 'head',
                render: (_, b) =>
                  b.headHash === null || b.entries === null ? (
                    <Typography.Text type="secondary">{t('backups.notRecorded')}</Typography.Text>
                  ) : (
                    <Typography.Text code title={b.headHash}>
                      {t('backups.head', {
                        entries: format.number(b.entries),
                        hash: b.headHash.slice(0, 12),
                      })}
                    </Typography.Text>
                  ),
              },
              {
                title: t('backups.column.actions'),
                key: 'actions',
                render: (_, b) => (
                  <Button
                    size="small"
                    aria-label={t('backups.restoreOf', { at: format.moment(b.at) })}
                    onClick={() => void restore(b)}
                  >
                    {t('backups.restore')}
                  </Button>
                ),
              },
            ]}
          />
          <BackupSettingsForm settings={data.settings} />
        </Flex>
      )}
    </Card>
  );
}
