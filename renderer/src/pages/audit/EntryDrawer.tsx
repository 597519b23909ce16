import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AuditEntryDetail, AuditListEntry } from '../../../../shared/domain/audit-view';
import { api } from '../../api';
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

type Loaded = { seq: number; detail: AuditEntryDetail | null; error: string | null };

/** One entry of the trail: who did what to what and why, field by field, and its place in the chain. */
export function EntryDrawer({ entry, words, onClose, onImport }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayAccounts = useCan('accounts');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const seq = entry?.seq ?? null;

  useEffect(() => {
    if (seq === null) return;
    let live = true;
    void api.audit.entry({ seq }).then((result) => {
      if (!live) return;
      setLoaded(
        result.ok
          ? { seq, detail: result.value, error: null }
          : { seq, detail: null, error: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [seq]);

  const current = loaded && loaded.seq === seq ? loaded : null;
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
            {current === null && <Skeleton active paragraph={{ rows: 3 }} title={false} />}
            {current?.error && <Alert type="error" showIcon title={current.error} />}
            {current?.detail && <EntryChanges changes={current.detail.changes} />}
          </section>
          {current?.detail && (
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
                    children: <Hash value={current.detail.prevHash} />,
                  },
                  {
                    key: 'hash',
                    label: t('audit.entry.hash'),
                    children: <Hash value={current.detail.hash} />,
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
