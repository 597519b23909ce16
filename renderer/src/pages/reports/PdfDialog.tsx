import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../components/download';
import { PdfPreview } from './PdfPreview';
import type { PdfJobState } from './usePdfJob';

const PAGE_WIDTH = 760;

interface Props {
  title: string;
  state: PdfJobState;
  onRetry: () => void;
  onClose: () => void;
}

/**
 * The review being generated (a progress bar), then its pages, and "Save PDF", which hands the file
 * to the browser's download: Electron asks where to save it, a browser puts it in its downloads.
 */
export function PdfDialog({ title, state, onRetry, onClose }: Props) {
  const { t } = useTranslation();

  const save = () => {
    if (state.status !== 'done') return;
    saveFile(state.fileName, new Blob([state.bytes], { type: 'application/pdf' }));
  };

  return (
    <Modal
      open={state.status !== 'idle'}
      title={title}
      onCancel={onClose}
      width={PAGE_WIDTH + 80}
      centered
      destroyOnHidden
      styles={{
        body: { maxHeight: 'calc(100vh - 200px)', overflowY: 'auto', background: '#eef1f5', padding: 16 },
      }}
      footer={
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">
            {state.status === 'done' ? state.fileName : null}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('reports.pdf.close')}</Button>
            <Button
              type="primary"
              icon={<DownloadOutlined aria-hidden />}
              disabled={state.status !== 'done'}
              onClick={save}
            >
              {t('reports.pdf.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      {state.status === 'running' && (
        <Flex vertical gap={8} style={{ padding: '32px 24px' }}>
          <Typography.Text id="report-pdf-progress">{t('reports.pdf.progress')}</Typography.Text>
          <Progress percent={state.percent} aria-labelledby="report-pdf-progress" />
        </Flex>
      )}
      {state.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={t('reports.pdf.failed')}
          description={state.message === t('reports.pdf.failed') ? undefined : state.message}
          action={
            <Button icon={<ReloadOutlined aria-hidden />} onClick={onRetry}>
              {t('reports.pdf.retry')}
            </Button>
          }
        />
      )}
      {state.status === 'done' && <PdfPreview bytes={state.bytes} width={PAGE_WIDTH} />}
    </Modal>
  );
}
