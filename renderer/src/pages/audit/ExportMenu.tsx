import {
  DownOutlined,
  ExportOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileTextOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditExport, AuditFilter } from '../../../../shared/domain/audit-view';
import type { Result } from '../../../../shared/result';
import { api } from '../../api';
import { saveBase64File, saveTextFile, XLSX_TYPE } from '../../components/download';

/**
 * Saves the trail as filtered now, oldest first, as CSV, a spreadsheet or PDF, from one menu (three
 * buttons did not fit the header beside Verify at 1280 px). The backend writes the file with the head
 * of the chain at that moment; the message repeats it.
 */
export function ExportMenu({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  /** Asks the backend for the file, saves it, and says what it holds (or why there is none). */
  const save = async <T extends AuditExport>(fetch: () => Promise<Result<T>>, write: (file: T) => void) => {
    setBusy(true);
    const result = await fetch();
    setBusy(false);
    if (!result.ok) return void message.error(result.error.message);
    write(result.value);
    void message.success(
      t('audit.export.done', {
        file: result.value.fileName,
        count: result.value.count,
        seq: result.value.headSeq,
      }),
    );
  };
  const run = {
    csv: () =>
      save(
        () => api.audit.exportCsv(filter),
        (file) => saveTextFile(file.fileName, file.content, 'text/csv'),
      ),
    xlsx: () =>
      save(
        () => api.audit.exportXlsx(filter),
        (file) => saveBase64File(file.fileName, file.xlsxBase64, XLSX_TYPE),
      ),
    pdf: () =>
      save(
        () => api.audit.exportPdf(filter),
        (file) => saveBase64File(file.fileName, file.pdfBase64, 'application/pdf'),
      ),
  };

  const items: MenuProps['items'] = [
    { key: 'csv', icon: <FileTextOutlined aria-hidden />, label: t('audit.export.csv') },
    { key: 'xlsx', icon: <FileExcelOutlined aria-hidden />, label: t('audit.export.xlsx') },
    { key: 'pdf', icon: <FilePdfOutlined aria-hidden />, label: t('audit.export.pdf') },
  ];
  return (
    <Dropdown
      trigger={['click']}
      disabled={busy}
      menu={{ items, onClick: ({ key }) => void run[key as keyof typeof run]() }}
    >
      <Button icon={<ExportOutlined aria-hidden />} loading={busy}>
        {t('audit.export.button')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
