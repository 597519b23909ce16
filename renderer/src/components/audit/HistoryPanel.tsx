import { Alert, Card, Flex, Segmented, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/domain/audit-view';
import type { Result } from '../../../../shared/result';
import { api } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { HistoryTimeline } from './HistoryTimeline';

type Order = 'oldest' | 'newest';

export type HistoryRecord = 'case' | 'person';

interface Props {
  record: HistoryRecord;
  id: number;
}

const load = (record: HistoryRecord, id: number) =>
  record === 'case' ? api.audit.caseHistory({ id }) : api.audit.personHistory({ id });

/** One record's History tab: its entries as a timeline, oldest or newest first. */
export function HistoryPanel({ record, id }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [state, setState] = useState<Result<HistoryEntry[]> | null>(null);
  const [order, setOrder] = useState<Order>('oldest');

  useEffect(() => {
    let live = true;
    // Names of districts and platforms come back in the language asked in: read again when it changes.
    void load(record, id).then((result) => {
      if (live) setState(result);
    });
    return () => {
      live = false;
    };
  }, [record, id, language]);

  if (!state) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: 160 }}>
        <Spin description={t('history.loading')} />
      </Flex>
    );
  }
  if (!state.ok) return <Alert type="error" showIcon title={state.error.message} role="alert" />;
  const entries = order === 'oldest' ? state.value : [...state.value].reverse();
  return (
    <section aria-label={t('history.label')}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">
            {t('history.count', { count: state.value.length })}
          </Typography.Text>
          <Segmented<Order>
            aria-label={t('history.order.label')}
            value={order}
            onChange={setOrder}
            options={[
              { value: 'oldest', label: t('history.order.oldest') },
              { value: 'newest', label: t('history.order.newest') },
            ]}
          />
        </Flex>
        {entries.length ? (
          <HistoryTimeline entries={entries} />
        ) : (
          <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>
        )}
      </Card>
    </section>
  );
}
