import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/fields';
import { api } from '../../api';
import { saveBase64File, XLSX_TYPE } from '../../components/download';

interface Props {
  year: number;
  district: string | null;
  language: Language;
  /** From RoleDisabled: disabled, with the reason, for roles that read the figures but make no files. */
  role: { disabled: boolean; 'aria-describedby'?: string };
}

/** The review's tables for the options shown, as an .xlsx workbook the browser saves. */
export function SpreadsheetButton({ year, district, language, role }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const result = await api.reports.spreadsheet({ year, district, language });
    setBusy(false);
    if (!result.ok) return void message.error(result.error.message);
    saveBase64File(result.value.fileName, result.value.xlsxBase64, XLSX_TYPE);
    void message.success(t('reports.spreadsheet.done', { file: result.value.fileName }));
  };
  return (
    <Button icon={<FileExcelOutlined aria-hidden />} loading={busy} {...role} onClick={() => void run()}>
      {t('reports.spreadsheet.button')}
    </Button>
  );
}
