import { FileExcelOutlined, FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditExport, AuditFilter } from '../../../../shared/domain/audit-view';
import { api } from '../../api';
import { saveBase64File, saveTextFile, XLSX_TYPE } from '../../components/download';

/**
 * Saves the trail as filtered now, oldest first, as CSV or PDF. The backend writes the file with the
 * head of the chain at that moment; the message repeats it.
 */
export function ExportButtons({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | 'pdf' | null>(null);

  const done = (file: AuditExport) =>
    void message.success(
      t('audit.export.done', { file: file.fileName, count: file.count, seq: file.headSeq }),
    );

  const exportCsv = async () => {
    setBusy('csv');
    const result = await api.audit.exportCsv(filter);
    setBusy(null);
    if (!result.ok) return void message.error(result.error.message);
    saveTextFile(result.value.fileName, result.value.content, 'text/csv');
    done(result.value);
  };
  const exportXlsx = async () => {
    setBusy('xlsx');
    const result = await api.audit.exportXlsx(filter);
    setBusy(null);
    if (!result.ok) return void message.error(result.error.message);
    saveBase64File(result.value.fileName, result.value.xlsxBase64, XLSX_TYPE);
    done(result.value);
  };
  const exportPdf = async () => {
    setBusy('pdf');
    const result = await api.audit.exportPdf(filter);
    setBusy(null);
    if (!result.ok) return void message.error(result.error.message);
    saveBase64File(result.value.fileName, result.value.pdfBase64, 'application/pdf');
    done(result.value);
  };

  return (
    <>
      <Button
        icon={<FileTextOutlined aria-hidden />}
        loading={busy === 'csv'}
        disabled={busy !== null}
        onClick={() => void exportCsv()}
      >
        {t('audit.export.csv')}
      </Button>
      <Button
        icon={<FileExcelOutlined aria-hidden />}
        loading={busy === 'xlsx'}
        disabled={busy !== null}
        onClick={() => void exportXlsx()}
      >
        {t('audit.export.xlsx')}
      </Button>
      <Button
        icon={<FilePdfOutlined aria-hidden />}
        loading={busy === 'pdf'}
        disabled={busy !== null}
        onClick={() => void exportPdf()}
      >
        {t('audit.export.pdf')}
      </Button>
    </>
  );
}
