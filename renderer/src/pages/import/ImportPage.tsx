import { ArrowLeftOutlined, FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MethodOutput } from '../../../../shared/api/contract';
import { decodeCaseFile } from '../../../../shared/domain/case-file-encoding';
import { sizeProblem } from '../../../../shared/domain/case-file-limits';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { base64Of } from '../../components/download';
import { formatNumber } from '../../components/format';
import { IssueTable } from '../../components/IssueTable';
import { NotPermitted } from '../../components/NotPermitted';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../query/use-api';
import { useCan } from '../../state/session';
import { ImportDone } from './ImportDone';
import { percentOf, POLL_INTERVAL_MS, type ConflictMode, type ImportStep } from './import-steps';
import { PreviewPanel } from './PreviewPanel';
import { SheetMappingPanel } from './SheetMappingPanel';
import type { SheetMapping } from '../../../../shared/domain/sheet-import';

/** An error with every problem the backend listed (paths and messages); nothing was written. */
function ImportError({ error, onAnother }: { error: ApiError; onAnother: () => void }) {
  const { t } = useTranslation();
  // A JSON syntax error comes as one issue for the whole file, worded like the error itself.
  const issues = (error.issues ?? []).filter((issue) => issue.path !== '' || issue.message !== error.message);
  return (
    <Flex vertical gap={16}>
      <Alert type="error" showIcon title={error.message} description={t('importFile.nothingWritten')} />
      {issues.length > 0 && (
        <section aria-labelledby="import-issues">
          <Typography.Title id="import-issues" level={3} style={{ fontSize: 15 }}>
            {t('importFile.issue.title', { count: issues.length })}
          </Typography.Title>
          <IssueTable issues={issues} />
        </section>
      )}
      <div>
        <Button type="primary" onClick={onAnother}>
          {t('importFile.another')}
        </Button>
      </div>
    </Flex>
  );
}

type ImportProgress = MethodOutput<'cases.importProgress'>;

/** A running import as its latest poll tells it: still running (how far), done, or refused. */
function runningStep(step: ImportStep, job: ImportProgress | undefined, error: ApiError | null): ImportStep {
  if (step.kind !== 'running' || step.jobId === '') return step;
  if (error) return { kind: 'failed', file: step.file, error };
  if (job?.state === 'done' && job.summary) return { kind: 'done', file: step.file, summary: job.summary };
  return job ? { ...step, done: job.done, total: job.total } : step;
}

const isSheet = (name: string) => /\.(xlsx|csv)$/i.test(name);

/** `#/cases/import` for the roles that import; anyone else is told it is not for their role. */
export function ImportPage() {
  return useCan('import') ? <ImportScreen /> : <NotPermitted capability="import" />;
}

/**
 * `#/cases/import`: pick a nadzor.cases/v1 file; the backend checks all of it and shows what it would
 * do (or every problem, with nothing written); on confirmation it imports in one transaction while
 * this page polls its progress; then the summary.
 */
function ImportScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState<ImportStep>({ kind: 'pick' });
  const reset = () => setStep({ kind: 'pick' });

  const check = async (file: File) => {
    // Its size first: a file too large is refused before the browser reads it into memory.
    const tooLarge = sizeProblem(file.size);
    if (tooLarge) {
      const message = t(tooLarge.key, tooLarge.params);
      setStep({ kind: 'invalid', file: file.name, error: { code: 'invalid_input', message } });
      return;
    }
    setStep({ kind: 'checking', file: file.name });
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      const message = t('importFile.readError', { detail: (error as Error).message });
      setStep({ kind: 'invalid', file: file.name, error: { code: 'invalid_input', message } });
      return;
    }
    if (isSheet(file.name)) {
      await readSheet(file.name, base64Of(new Uint8Array(bytes)));
      return;
    }
    const decoded = decodeCaseFile(new Uint8Array(bytes));
    if (!decoded.ok) {
      const message = t(decoded.problem.key, decoded.problem.params);
      setStep({ kind: 'invalid', file: file.name, error: { code: 'invalid_input', message } });
      return;
    }
    const content = decoded.text;
    const result = await api.cases.importPreview({ content });
    setStep(
      result.ok
        ? { kind: 'preview', file: file.name, content, preview: result.value }
        : { kind: 'invalid', file: file.name, error: result.error },
    );
  };

  /** A spreadsheet read (again) with a mapping, or with the remembered or guessed one. */
  const readSheet = async (file: string, fileBase64: string, mapping?: SheetMapping) => {
    const result = await api.cases.sheetRead({ fileBase64, fileName: file, ...(mapping ? { mapping } : {}) });
    if (!result.ok) return setStep({ kind: 'invalid', file, error: result.error });
    const reading = result.value;
    if (reading.preview && reading.content !== null)
      return setStep({
        kind: 'preview',
        file,
        content: reading.content,
        preview: reading.preview,
        sheet: { headers: reading.headers, mapping: reading.mapping },
      });
    setStep({ kind: 'mapping', file, fileBase64, reading });
  };

  const start = async (
    file: string,
    content: string,
    onConflict: ConflictMode,
    sheet?: { headers: string[]; mapping: SheetMapping },
  ) => {
    setStep({ kind: 'running', file, jobId: '', done: 0, total: 0 });
    // The next sheet with these headers is matched alike (a convenience: the import goes on without it).
    if (sheet) await api.cases.sheetSaveMapping(sheet);
    const result = await api.cases.importStart({ content, onConflict, fileName: file });
    setStep(
      result.ok
        ? { kind: 'running', file, jobId: result.value.jobId, done: 0, total: result.value.total }
        : { kind: 'failed', file, error: result.error },
    );
  };

  // While an import runs, ask how far it is every few hundred milliseconds, until it is done.
  const jobId = step.kind === 'running' ? step.jobId : '';
  const progress = useApiQuery(
    'cases.importProgress',
    { jobId },
    {
      enabled: jobId !== '',
      refetchInterval: (query) => (query.state.data?.state === 'done' ? false : POLL_INTERVAL_MS),
    },
  );
  const shown = runningStep(step, progress.data, progress.apiError);

  const fileTitle = shown.kind !== 'pick' && (
    <Flex align="center" gap={8}>
      <FileTextOutlined aria-hidden />
      <span>{shown.file}</span>
    </Flex>
  );

  return (
    <>
      <PageHeader
        title={t('importFile.title')}
        extra={
          <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate('/cases')}>
            {t('importFile.backToList')}
          </Button>
        }
      />
      <Card title={fileTitle || undefined} style={{ maxWidth: 960 }}>
        {shown.kind === 'pick' && (
          <Flex vertical gap={16}>
            <Typography.Paragraph style={{ margin: 0 }}>{t('importFile.intro')}</Typography.Paragraph>
            <Upload.Dragger
              accept=".json,application/json,.xlsx,.csv"
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                void check(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p className="ant-upload-text">{t('importFile.drop')}</p>
              <p className="ant-upload-hint">{t('importFile.dropHint')}</p>
            </Upload.Dragger>
          </Flex>
        )}
        {shown.kind === 'checking' && (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin size="large" description={t('importFile.checking')} />
          </Flex>
        )}
        {shown.kind === 'preview' && (
          <PreviewPanel
            preview={shown.preview}
            onCancel={reset}
            onConfirm={(mode) => void start(shown.file, shown.content, mode, shown.sheet)}
          />
        )}
        {shown.kind === 'mapping' && (
          <SheetMappingPanel
            key={JSON.stringify(shown.reading.mapping)}
            reading={shown.reading}
            onCheck={(mapping) => readSheet(shown.file, shown.fileBase64, mapping)}
            onCancel={reset}
          />
        )}
        {shown.kind === 'invalid' && <ImportError error={shown.error} onAnother={reset} />}
        {shown.kind === 'running' && (
          <Flex vertical gap={8} style={{ padding: '24px 0' }}>
            <Typography.Text id="import-progress-label">
              {shown.total > 0
                ? t('importFile.progress', {
                    done: formatNumber(shown.done),
                    total: formatNumber(shown.total),
                  })
                : t('importFile.starting')}
            </Typography.Text>
            <Progress
              percent={percentOf(shown.done, shown.total)}
              status="active"
              aria-labelledby="import-progress-label"
            />
            <Typography.Text type="secondary">{t('importFile.runningHint')}</Typography.Text>
          </Flex>
        )}
        {shown.kind === 'done' && <ImportDone file={shown.file} summary={shown.summary} onAnother={reset} />}
        {shown.kind === 'failed' && <ImportError error={shown.error} onAnother={reset} />}
      </Card>
    </>
  );
}
