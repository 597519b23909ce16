import { Card, Flex, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';
import { HistoryTimeline } from './HistoryTimeline';

type Order = 'oldest' | 'newest';

export type HistoryRecord = 'case' | 'person';

interface Props {
  record: HistoryRecord;
  id: number;
}

/** One record's History tab: its entries as a timeline, oldest or newest first. */
export function HistoryPanel({ record, id }: Props) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<Order>('oldest');
  // Names of districts and platforms come back in the language asked in (the key holds it).
  const history = useApiQuery(record === 'case' ? 'audit.caseHistory' : 'audit.personHistory', { id });

  if (history.apiError) return <LoadError error={history.apiError} onRetry={history.refetch} />;
  if (!history.data) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: 160 }}>
        <Spin description={t('history.loading')} />
      </Flex>
    );
  }
  const entries = order === 'oldest' ? history.data : [...history.data].reverse();
  return (
    <section aria-label={t('history.label')}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">
            {t('history.count', { count: history.data.length })}
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
