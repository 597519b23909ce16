import { usePageArrows } from '../../components/usePageArrows';
import { Alert, Button, Flex, Form, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  columnLetter,
  requiredSheetFields,
  sheetFields,
  type SheetField,
  type SheetMapping,
  type SheetProblem,
  type SheetReading,
} from '../../../../shared/domain/sheet-import';

interface Props {
  reading: SheetReading;
  /** Reads the sheet again with this mapping (the backend checks every row). */
  onCheck: (mapping: SheetMapping) => Promise<void>;
  onCancel: () => void;
}

const NOT_IN_SHEET = -1;

/**
 * A spreadsheet's columns matched to the case fields (as guessed, or as remembered for this layout),
 * and every problem the sheet has, by row and column. Nothing is written here: once the sheet has no
 * problem, the import's own preview follows.
 */
export function SheetMappingPanel({ reading, onCheck, onCancel }: Props) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<SheetMapping>(reading.mapping);
  const [checking, setChecking] = useState(false);
  const columns = [
    { value: NOT_IN_SHEET, label: t('importFile.sheet.notInSheet') },
    ...reading.headers.map((header, index) => ({
      value: index,
      label: `${columnLetter(index)} · ${header || t('importFile.sheet.noHeader')}`,
    })),
  ];
  const choose = (field: SheetField, column: number) =>
    setMapping((current) => ({ ...current, [field]: column === NOT_IN_SHEET ? null : column }));

  const check = async () => {
    setChecking(true);
    await onCheck(mapping);
    setChecking(false);
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t(`importFile.sheet.from.${reading.mappingFrom}`, { count: reading.rows })}
      </Typography.Paragraph>
      <Form layout="horizontal" labelCol={{ flex: '220px' }} labelAlign="left" style={{ maxWidth: 640 }}>
        {sheetFields.map((field) => (
          <Form.Item
            key={field}
            label={t(`spreadsheet.column.${field}`)}
            required={requiredSheetFields.includes(field)}
            style={{ marginBottom: 8 }}
          >
            <Select<number>
              aria-label={t(`spreadsheet.column.${field}`)}
              value={mapping[field] ?? NOT_IN_SHEET}
              options={columns}
              // A sheet may have dozens of columns: typing part of a header or its letter finds it.
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(column) => choose(field, column)}
            />
          </Form.Item>
        ))}
      </Form>
      {reading.problems.length > 0 && <SheetProblems problems={reading.problems} />}
      <Flex gap={8}>
        <Button type="primary" loading={checking} onClick={() => void check()}>
          {t('importFile.sheet.check')}
        </Button>
        <Button onClick={onCancel}>{t('importFile.cancel')}</Button>
      </Flex>
    </Flex>
  );
}

function SheetProblems({ problems }: { problems: SheetProblem[] }) {
  const { t } = useTranslation();
  const arrows = usePageArrows();
  return (
    <section aria-labelledby="sheet-problems">
      <Alert
        type="error"
        showIcon
        title={<span id="sheet-problems">{t('importFile.sheet.problems', { count: problems.length })}</span>}
        description={t('importFile.nothingWritten')}
        style={{ marginBottom: 12 }}
      />
      <Table<SheetProblem>
        size="small"
        pagination={problems.length > 20 ? { ...arrows, pageSize: 20 } : false}
        rowKey={(problem) => `${problem.row}:${problem.column}:${problem.message}`}
        dataSource={problems}
        columns={[
          { title: t('importFile.sheet.row'), dataIndex: 'row', width: 80 },
          { title: t('importFile.sheet.column'), dataIndex: 'column', width: 80 },
          { title: t('importFile.sheet.header'), dataIndex: 'header', width: 200 },
          { title: t('importFile.sheet.problem'), dataIndex: 'message' },
        ]}
      />
    </section>
  );
}
