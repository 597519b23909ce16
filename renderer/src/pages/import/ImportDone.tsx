import { Alert, Button, Descriptions, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ImportSummary } from '../../../../shared/domain/import';
import { referenceKinds, takesNames } from '../../../../shared/domain/reference';
import { NewReferenceList } from './NewReferenceList';
import { formatNumber } from '../../components/format';
import { doneText } from './import-words';

/** Created, updated and skipped of one kind of record the file holds, and what else it counts. */
function Outcome({
  title,
  counts,
  more = [],
}: {
  title: string;
  counts: Pick<ImportSummary, 'created' | 'updated' | 'skipped'>;
  more?: { key: string; label: string; value: number }[];
}) {
  const { t } = useTranslation();
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      title={title}
      styles={{ label: { width: 220 } }}
      items={[
        ...(['created', 'updated', 'skipped'] as const).map((key) => ({
          key,
          label: t(`importFile.summary.${key}`),
          children: formatNumber(counts[key]),
        })),
        ...more.map(({ key, label, value }) => ({ key, label, children: formatNumber(value) })),
      ]}
    />
  );
}

/**
 * What the import did, for the cases and for the register persons of the file, each named as what
 * they are (a register file shows no cases): created, updated, skipped, and the reference values added.
 */
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
      subTitle={doneText(t, file, { cases: summary.cases, persons: summary.persons.total })}
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
        {(summary.cases > 0 || summary.persons.total === 0) && (
          <section aria-label={t('importFile.count.cases')}>
            <Outcome
              title={t('importFile.count.cases')}
              counts={summary}
              more={[
                { key: 'victims', label: t('importFile.count.victims'), value: summary.victims },
                { key: 'defendants', label: t('importFile.count.defendants'), value: summary.defendants },
              ]}
            />
          </section>
        )}
        {summary.persons.total > 0 && (
          <section aria-label={t('importFile.count.persons')}>
            <Outcome title={t('importFile.count.persons')} counts={summary.persons} />
          </section>
        )}
        <div>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('importFile.newReferences.created')}
          </Typography.Title>
          <NewReferenceList references={summary.newReferences} />
        </div>
        {/* New values carry only the file's word for them: the screens and the PDF need their names (a platform goes by its brand). */}
        {referenceKinds.some((kind) => takesNames(kind) && summary.newReferences[kind].length > 0) && (
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
