import { usePageArrows } from '../../components/usePageArrows';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInJournalEntry } from '../../../../shared/domain/sign-in-journal';
import { SIGN_IN_JOURNAL_CAP } from '../../../../shared/domain/sign-in-journal';
import { formatNumber, useFormats } from '../../components/format';
import { useApiQuery } from '../../query/use-api';
import { pageSizes } from './audit-query';

/**
 * The sign-in journal, newest first: every attempt to sign in with its time, the login typed and how it
 * ended. It is kept outside the audit trail (a flood of wrong passwords must not grow the chain) and
 * holds the latest attempts only.
 */
export function SignInJournal() {
  const { t } = useTranslation();
  const arrows = usePageArrows();
  const formats = useFormats();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const journal = useApiQuery('audit.signIns', paging, { placeholderData: keepPreviousData });

  return (
    <section aria-labelledby="sign-in-journal">
      <Typography.Title id="sign-in-journal" level={2} style={{ fontSize: 17, marginTop: 0 }}>
        {t('audit.signIns.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('audit.signIns.intro', { cap: formatNumber(SIGN_IN_JOURNAL_CAP) })}
      </Typography.Paragraph>
      {journal.apiError && (
        <Alert type="error" showIcon title={journal.apiError.message} style={{ marginBottom: 16 }} />
      )}
      <Table<SignInJournalEntry>
        rowKey="id"
        size="small"
        aria-label={t('audit.signIns.title')}
        loading={journal.isFetching}
        dataSource={journal.data?.items ?? []}
        locale={{ emptyText: journal.isFetching ? <span /> : t('audit.signIns.empty') }}
        columns={[
          {
            title: t('audit.signIns.column.at'),
            dataIndex: 'at',
            width: 180,
            render: (at: string) => <span title={at}>{formats.dateTime(at)}</span>,
          },
          { title: t('audit.signIns.column.login'), dataIndex: 'login', width: 220 },
          {
            title: t('audit.signIns.column.outcome'),
            dataIndex: 'outcome',
            render: (outcome: string) => t(`audit.signIns.outcome.${outcome}`),
          },
        ]}
        onChange={(pagination) => {
          const pageSize = pagination.pageSize ?? paging.pageSize;
          setPaging({ pageSize, page: pageSize === paging.pageSize ? (pagination.current ?? 1) : 1 });
        }}
        pagination={{
          ...arrows,
          current: paging.page,
          pageSize: paging.pageSize,
          total: journal.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [...pageSizes],
        }}
      />
    </section>
  );
}
