import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/fields';
import { api } from '../../api';
import { DOCX_TYPE, saveBase64File } from '../../components/download';

interface Props {
  year: number;
  district: string | null;
  language: Language;
  /** From RoleDisabled: disabled, with the reason, for roles that read the figures but make no files. */
  role: { disabled: boolean; 'aria-describedby'?: string };
}

/** The review for the options shown as a Word document the browser saves, to edit before publishing. */
export function DocxButton({ year, district, language, role }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const result = await api.reports.docx({ year, district, language });
    setBusy(false);
    if (!result.ok) return void message.error(result.error.message);
    saveBase64File(result.value.fileName, result.value.docxBase64, DOCX_TYPE);
    void message.success(t('reports.docx.done', { file: result.value.fileName }));
  };
  return (
    <Button icon={<FileWordOutlined aria-hidden />} loading={busy} {...role} onClick={() => void run()}>
      {t('reports.docx.button')}
    </Button>
  );
}
