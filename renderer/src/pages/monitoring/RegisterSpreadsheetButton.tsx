import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { saveBase64File, XLSX_TYPE } from '../../components/download';
import type { RegisterFilter } from './register-query';

/** The register as listed now (its search and filter), every page, as an .xlsx workbook. */
export function RegisterSpreadsheetButton({ search, filter }: { search: string; filter: RegisterFilter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const result = await api.monitoring.exportSpreadsheet({ ...(search ? { search } : {}), filter });
    setBusy(false);
    if (!result.ok) return void message.error(result.error.message);
    saveBase64File(result.value.fileName, result.value.xlsxBase64, XLSX_TYPE);
    void message.success(
      t('monitoring.spreadsheet.done', { count: result.value.count, file: result.value.fileName }),
    );
  };
  return (
    <Button icon={<FileExcelOutlined aria-hidden />} loading={busy} onClick={() => void run()}>
      {t('monitoring.spreadsheet.button')}
    </Button>
  );
}
