import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/result';
import { useCaseFormat } from '../pages/case/useCaseFormat';
import { issueRows, type IssueRow as Row } from './issue-rows';

// Above this many rows the table draws only what is in view: a broken file can have thousands.
const VIRTUAL_FROM = 50;
const BODY_HEIGHT = 420;

/** Every problem the backend found, each with its JSON path (`cases[12].defendants[0].sex`) and message. */
export function IssueTable({ issues }: { issues: FieldIssue[] }) {
  const { t, i18n } = useTranslation();
  const format = useCaseFormat();
  const rows = issueRows(issues, i18n, format.date);
  const virtual = rows.length > VIRTUAL_FROM;
  // A virtual table draws its body with <div>s: give rows and cells their roles back.
  const cell = virtual ? () => ({ role: 'cell' }) : undefined;

  return (
    <Table<Row>
      size="small"
      bordered
      virtual={virtual}
      scroll={virtual ? { y: BODY_HEIGHT } : undefined}
      pagination={false}
      dataSource={rows}
      onRow={virtual ? () => ({ role: 'row' }) : undefined}
      columns={[
        {
          title: t('importFile.issue.path'),
          dataIndex: 'path',
          width: 380,
          onCell: cell,
          render: (path: string) =>
            path ? (
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {path}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('importFile.issue.wholeFile')}</Typography.Text>
            ),
        },
        { title: t('importFile.issue.message'), dataIndex: 'message', onCell: cell },
      ]}
    />
  );
}
