import { ExportOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AuditListEntry } from '../../../../shared/domain/audit-view';
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';
import { useCan } from '../../state/session';
import type { AuditWords } from './audit-words';
import { EntryChanges } from './EntryChanges';
import { contextPath } from './entry-context';

interface Props {
  /** The row opened; its own columns show at once, its changes and hashes when they have loaded. */
  entry: AuditListEntry | null;
  words: AuditWords;
  onClose: () => void;
  onImport: (importId: number) => void;
}

/** One entry of the trail: who did what to what and why, field by field, and its place in the chain. */
export function EntryDrawer({ entry, words, onClose, onImport }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayAccounts = useCan('accounts');
  const loaded = useApiQuery('audit.entry', { seq: entry?.seq ?? 0 }, { enabled: entry !== null });
  const detail = loaded.data ?? null;
  const path = entry ? contextPath(entry, { accounts: mayAccounts }) : null;

  return (
    <Drawer
      open={entry !== null}
      onClose={onClose}
      size={560}
      title={entry ? t('audit.entry.title', { seq: entry.seq }) : null}
      extra={
        path && (
          <Button type="primary" icon={<ExportOutlined aria-hidden />} onClick={() => void navigate(path)}>
            {t('audit.entry.openInContext')}
          </Button>
        )
      }
    >
      {entry && (
        <Flex vertical gap={20}>
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: 150 } }}
            items={[
              { key: 'at', label: t('audit.entry.at'), children: words.moment(entry.at) },
              { key: 'actor', label: t('audit.entry.actor'), children: words.actor(entry) },
              { key: 'action', label: t('audit.entry.action'), children: words.action(entry.action) },
              { key: 'entity', label: t('audit.entry.entity'), children: words.entity(entry) },
              ...(entry.reason
                ? [
                    {
                      key: 'reason',
                      label: t('audit.entry.reason'),
                      children: <span style={{ whiteSpace: 'pre-wrap' }}>{entry.reason}</span>,
                    },
                  ]
                : []),
              ...(entry.importId !== null
                ? [
                    {
                      key: 'import',
                      label: t('audit.entry.import'),
                      children: (
                        <Button
                          type="link"
                          size="small"
                          style={{ padding: 0 }}
                          onClick={() => entry.importId !== null && onImport(entry.importId)}
                        >
                          {t('audit.importFilter', { id: entry.importId })}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <section aria-label={t('audit.entry.changes')}>
            <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
              {t('audit.entry.changes')}
            </Typography.Title>
            {loaded.isPending && <Skeleton active paragraph={{ rows: 3 }} title={false} />}
            <LoadError error={loaded.apiError} onRetry={loaded.refetch} />
            {detail && <EntryChanges changes={detail.changes} />}
          </section>
          {detail && (
            <section aria-label={t('audit.entry.chain')}>
              <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
                {t('audit.entry.chain')}
              </Typography.Title>
              <Descriptions
                column={1}
                size="small"
                layout="vertical"
                items={[
                  {
                    key: 'prev',
                    label: t('audit.entry.prevHash'),
                    children: <Hash value={detail.prevHash} />,
                  },
                  {
                    key: 'hash',
                    label: t('audit.entry.hash'),
                    children: <Hash value={detail.hash} />,
                  },
                ]}
              />
            </section>
          )}
        </Flex>
      )}
    </Drawer>
  );
}

function Hash({ value }: { value: string }) {
  return (
    <Typography.Text copyable code style={{ wordBreak: 'break-all', fontSize: 12 }}>
      {value}
    </Typography.Text>
  );
}
