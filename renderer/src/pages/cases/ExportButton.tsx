import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '../../../../shared/domain/case';
import { api } from '../../api';
import { exportFileName, saveBase64File, saveTextFile, XLSX_TYPE } from '../../components/download';

/**
 * Writes the whole database, or only the list as filtered now, to a nadzor.cases/v1 file, or the list
 * as filtered now to a spreadsheet. The backend builds the file (with the same filters the list uses),
 * the browser saves it.
 */
export function ExportButton({ filters }: { filters: CaseFilters | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const runSpreadsheet = async () => {
    setBusy(true);
    const result = await api.cases.exportSpreadsheet(filters ? { filters } : {});
    setBusy(false);
    if (!result.ok) {
      void message.error(result.error.message);
      return;
    }
    const file = exportFileName(undefined, 'xlsx');
    saveBase64File(file, result.value.xlsxBase64, XLSX_TYPE);
    void message.success(t('exportFile.spreadsheetDone', { count: result.value.count, file }));
  };

  const run = async (scope: 'all' | 'filtered') => {
    setBusy(true);
    const result = await api.cases.export(scope === 'filtered' && filters ? { filters } : {});
    setBusy(false);
    if (!result.ok) {
      void message.error(result.error.message);
      return;
    }
    const file = exportFileName();
    saveTextFile(file, result.value.content);
    void message.success(t('exportFile.done', { count: result.value.count, file }));
  };

  const items: MenuProps['items'] = [
    { key: 'all', label: t('exportFile.all') },
    { key: 'filtered', label: t('exportFile.filtered'), disabled: filters === undefined },
    { type: 'divider' },
    { key: 'spreadsheet', label: t('exportFile.spreadsheet') },
  ];

  return (
    <Dropdown
      trigger={['click']}
      disabled={busy}
      menu={{
        items,
        onClick: ({ key }) =>
          void (key === 'spreadsheet' ? runSpreadsheet() : run(key === 'filtered' ? 'filtered' : 'all')),
      }}
    >
      <Button icon={<ExportOutlined aria-hidden />} loading={busy}>
        {t('exportFile.button')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
