import { FileProtectOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions, type VerifyReport } from '../../../../shared/domain/audit-view';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { schemaRule } from '../../components/case/form-rules';
import { NumberInput } from '../../components/case/NumberInput';
import { numberOrNull, numberRule } from '../../components/case/number-rules';
import type { AuditWords } from './audit-words';
import { VerifyResult } from './VerifyResult';

interface Values {
  /** The typed text; see NumberInput. */
  count: string;
  hash: string;
}

const hashOf = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/**
 * "Check a printed copy": the auditor types the entry number and hash printed on a review PDF, an
 * export or an earlier verification, and reads whether the trail still holds them, which a trail
 * rewritten (every later hash recomputed) or cut back since does not.
 */
export function AnchorCheck({
  words,
  onOpenEntry,
}: {
  words: AuditWords;
  onOpenEntry: (seq: number) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [checking, setChecking] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const check = async (values: Values) => {
    const count = numberOrNull(values.count);
    if (count === null) return;
    setChecking(true);
    setReport(null);
    setError(null);
    const result = await api.audit.checkAnchor({ count, hash: String(hashOf(values.hash)) });
    setChecking(false);
    if (!result.ok) return void setError(result.error.message);
    setReport(result.value);
  };

  return (
    <>
      <Button icon={<FileProtectOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('audit.anchor.button')}
      </Button>
      <FormModal<Values>
        open={open}
        title={t('audit.anchor.title')}
        form={form}
        name="anchor"
        focus="count"
        okText={t('audit.anchor.check')}
        cancelText={t('audit.anchor.close')}
        submitting={checking}
        error={error}
        width={640}
        onSubmit={(values) => void check(values)}
        onClose={() => setOpen(false)}
        afterClose={() => setReport(null)}
      >
        <Form.Item
          name="count"
          label={t('audit.anchor.count')}
          required
          rules={[numberRule(auditActions.checkAnchor.shape.count, t, { required: true })]}
        >
          <NumberInput style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="hash"
          label={t('audit.anchor.hash')}
          extra={t('audit.anchor.hint')}
          required
          rules={[schemaRule(auditActions.checkAnchor.shape.hash, t, { required: true, toApi: hashOf })]}
        >
          <Input spellCheck={false} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        {report && (
          <AnchorResult
            report={report}
            words={words}
            onClose={() => setReport(null)}
            onOpenEntry={(seq) => {
              setOpen(false);
              onOpenEntry(seq);
            }}
          />
        )}
      </FormModal>
    </>
  );
}

interface ResultProps {
  report: VerifyReport;
  words: AuditWords;
  onClose: () => void;
  onOpenEntry: (seq: number) => void;
}

function AnchorResult({ report, words, onClose, onOpenEntry }: ResultProps) {
  const { t } = useTranslation();
  // A trail that does not verify holds nothing: say why, as Verify does.
  if (!report.ok || !report.anchor)
    return report.ok ? null : (
      <VerifyResult report={report} words={words} onClose={onClose} onOpenEntry={onOpenEntry} />
    );
  const { anchor } = report;
  if (anchor.holds)
    return (
      <Alert type="success" showIcon role="status" title={t('audit.anchor.holds', { seq: anchor.count })} />
    );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('audit.anchor.notHeld')}
      description={
        anchor.why === 'truncated'
          ? t('audit.anchor.truncated', { seq: anchor.count, count: anchor.entries })
          : t('audit.anchor.rewritten', { seq: anchor.count, found: anchor.found })
      }
    />
  );
}
