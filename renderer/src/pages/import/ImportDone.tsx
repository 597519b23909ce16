import { Alert, Button, Descriptions, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ImportSummary } from '../../../../shared/domain/import';
import { referenceKinds } from '../../../../shared/domain/reference';
import { NewReferenceList } from './NewReferenceList';
import { formatNumber } from '../../components/format';

/** What the import did: created, updated, skipped, and the reference values it added. */
export function ImportDone({
  file,
  summary,
  onAnother,
}: {
  file: string;
  summary: ImportSummary;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={t('importFile.doneTitle')}
      subTitle={t('importFile.doneText', { file, count: summary.cases })}
      extra={
        <Flex gap={8} justify="center">
          <Button type="primary" onClick={() => void navigate('/cases')}>
            {t('importFile.toList')}
          </Button>
          <Button onClick={onAnother}>{t('importFile.another')}</Button>
        </Flex>
      }
    >
      <Flex vertical gap={16} style={{ maxWidth: 560, margin: '0 auto' }}>
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 220 } }}
          items={[
            {
              key: 'created',
              label: t('importFile.summary.created'),
              children: formatNumber(summary.created),
            },
            {
              key: 'updated',
              label: t('importFile.summary.updated'),
              children: formatNumber(summary.updated),
            },
            {
              key: 'skipped',
              label: t('importFile.summary.skipped'),
              children: formatNumber(summary.skipped),
            },
            { key: 'victims', label: t('importFile.count.victims'), children: formatNumber(summary.victims) },
            {
              key: 'defendants',
              label: t('importFile.count.defendants'),
              children: formatNumber(summary.defendants),
            },
          ]}
        />
        <div>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('importFile.newReferences.created')}
          </Typography.Title>
          <NewReferenceList references={summary.newReferences} />
        </div>
        {/* New values carry only the file's word for them: the screens and the PDF need their names. */}
        {referenceKinds.some((kind) => summary.newReferences[kind].length > 0) && (
          <Alert
            type="warning"
            showIcon
            title={t('importFile.newReferences.nameThem')}
            action={
              <Button size="small" onClick={() => void navigate('/settings')}>
                {t('importFile.newReferences.toSettings')}
              </Button>
            }
          />
        )}
      </Flex>
    </Result>
  );
}
