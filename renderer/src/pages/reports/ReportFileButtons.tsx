import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRequest } from '../../../../shared/domain/report';
import type { Result } from '../../../../shared/result';
import { api } from '../../api';
import { DOCX_TYPE, saveBase64File, XLSX_TYPE } from '../../components/download';

/** From RoleDisabled: disabled, with the reason, for roles that read the figures but make no files. */
type Role = { disabled: boolean; 'aria-describedby'?: string };

interface FileSpec {
  icon: ReactNode;
  label: string;
  type: string;
  make: () => Promise<Result<{ fileName: string; base64: string }>>;
}

/** One file of the review for the options shown, made by the backend and saved by the browser. */
function FileButton({ spec, role }: { spec: FileSpec; role: Role }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const result = await spec.make();
    setBusy(false);
    if (!result.ok) return void message.error(result.error.message);
    saveBase64File(result.value.fileName, result.value.base64, spec.type);
    void message.success(t('reports.fileSaved', { file: result.value.fileName }));
  };
  return (
    <Button icon={spec.icon} loading={busy} {...role} onClick={() => void run()}>
      {spec.label}
    </Button>
  );
}

/**
 * The review's tables as an Excel workbook, and the review as a Word document to edit before
 * publishing, for the year, district and language shown.
 */
export function ReportFileButtons({ request, role }: { request: ReportRequest; role: Role }) {
  const { t } = useTranslation();
  const specs: FileSpec[] = [
    {
      icon: <FileExcelOutlined aria-hidden />,
      label: t('reports.spreadsheet.button'),
      type: XLSX_TYPE,
      make: async () => {
        const result = await api.reports.spreadsheet(request);
        return result.ok
          ? { ok: true, value: { fileName: result.value.fileName, base64: result.value.xlsxBase64 } }
          : result;
      },
    },
    {
      icon: <FileWordOutlined aria-hidden />,
      label: t('reports.docx.button'),
      type: DOCX_TYPE,
      make: async () => {
        const result = await api.reports.docx(request);
        return result.ok
          ? { ok: true, value: { fileName: result.value.fileName, base64: result.value.docxBase64 } }
          : result;
      },
    },
  ];
  return specs.map((spec) => <FileButton key={spec.label} spec={spec} role={role} />);
}
