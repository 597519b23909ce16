import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/domain/import';
import type { ConflictMode } from './import-steps';
import { conflictsTitle, startText } from './import-words';
import { NewReferenceList } from './NewReferenceList';
import { formatNumber } from '../../components/format';

// Registry numbers named on screen; the rest are counted.
const SHOWN_CONFLICTS = 30;

interface Props {
  preview: ImportPreview;
  onConfirm: (mode: ConflictMode) => void;
  onCancel: () => void;
}

/** What the file would do, before anything is written: counts, new reference values, conflicts. */
export function PreviewPanel({ preview, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ConflictMode>('refuse');
  // Registry numbers of cases, and register numbers of persons: the same conflict mode applies to both.
  const conflicts = preview.conflicts.length + preview.personConflicts.length;
  const numbers = (list: string[]) =>
    list.slice(0, SHOWN_CONFLICTS).join(', ') +
    (list.length > SHOWN_CONFLICTS
      ? ` ${t('importFile.conflicts.more', { count: list.length - SHOWN_CONFLICTS })}`
      : '');
  const blocked = conflicts > 0 && mode === 'refuse';

  return (
    <Flex vertical gap={20}>
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleOutlined aria-hidden />}
        title={t('importFile.checked')}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ maxWidth: 420 }}
        styles={{ label: { width: 220 } }}
        items={[
          { key: 'cases', label: t('importFile.count.cases'), children: formatNumber(preview.cases) },
          { key: 'victims', label: t('importFile.count.victims'), children: formatNumber(preview.victims) },
          {
            key: 'defendants',
            label: t('importFile.count.defendants'),
            children: formatNumber(preview.defendants),
          },
          ...(preview.persons > 0
            ? [
                {
                  key: 'persons',
                  label: t('importFile.count.persons'),
                  children: formatNumber(preview.persons),
                },
              ]
            : []),
        ]}
      />
      <section aria-labelledby="import-new-references">
        <Typography.Title id="import-new-references" level={3} style={{ fontSize: 15 }}>
          {t('importFile.newReferences.title')}
        </Typography.Title>
        <NewReferenceList references={preview.newReferences} />
      </section>
      {conflicts > 0 && (
        <section aria-labelledby="import-conflicts">
          <Alert
            type="warning"
            showIcon
            title={
              <Typography.Title id="import-conflicts" level={3} style={{ fontSize: 15, margin: 0 }}>
                {conflictsTitle(t, {
                  cases: preview.conflicts.length,
                  persons: preview.personConflicts.length,
                })}
              </Typography.Title>
            }
            description={
              <Flex vertical gap={12} style={{ marginTop: 8 }}>
                {preview.conflicts.length > 0 && (
                  <Typography.Text>
                    {t('importFile.conflicts.cases', { numbers: numbers(preview.conflicts) })}
                  </Typography.Text>
                )}
                {preview.personConflicts.length > 0 && (
                  <Typography.Text>
                    {t('importFile.conflicts.persons', { numbers: numbers(preview.personConflicts) })}
                  </Typography.Text>
                )}
                <Radio.Group
                  aria-label={t('importFile.conflicts.choose')}
                  value={mode}
                  onChange={(event) => setMode(event.target.value as ConflictMode)}
                  style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                  options={(['refuse', 'skip', 'update'] as const).map((value) => ({
                    value,
                    label: t(`importFile.conflicts.${value}`),
                  }))}
                />
              </Flex>
            }
          />
        </section>
      )}
      <Flex gap={8} align="center" wrap>
        <Button
          type="primary"
          disabled={blocked || preview.cases + preview.persons === 0}
          onClick={() => onConfirm(mode)}
        >
          {startText(t, preview)}
        </Button>
        <Button onClick={onCancel}>{t('importFile.cancel')}</Button>
        {blocked && (
          <Typography.Text type="secondary">{t('importFile.conflicts.refuseHint')}</Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
