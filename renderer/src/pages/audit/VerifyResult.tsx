import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../../shared/domain/audit-view';
import type { AuditWords } from './audit-words';

interface Props {
  report: VerifyReport;
  words: AuditWords;
  onClose: () => void;
  onOpenEntry: (seq: number) => void;
}

/**
 * What the check found, in words: the number of entries and the head hash (the same hash `audit
 * verify` prints and every export carries), or the first problem, naming the entry or the object.
 */
export function VerifyResult({ report, words, onClose, onOpenEntry }: Props) {
  const { t } = useTranslation();
  if (report.ok) {
    if (report.entries === 0)
      return <Alert type="info" showIcon closable onClose={onClose} title={t('audit.verify.empty')} />;
    return (
      <Alert
        type="success"
        showIcon
        closable
        onClose={onClose}
        title={t('audit.verify.ok', { count: report.entries })}
        description={
          <Flex vertical gap={4} align="start">
            <Typography.Text>
              {t('audit.verify.headHash')}{' '}
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {report.headHash}
              </Typography.Text>
            </Typography.Text>
            {/* As `audit verify` says on every run: an OK never vouches for these. */}
            <Typography.Text type="secondary">{t('audit.verify.outside')}</Typography.Text>
          </Flex>
        }
      />
    );
  }
  const entity = report.entity
    ? t('audit.verify.entity', { type: words.entityType(report.entity.type), id: report.entity.id })
    : '';
  const problem = t(`audit.verify.kind.${report.kind}`, {
    seq: report.seq,
    prev: report.entries - 1,
    entity,
    ...report.derived,
    ...report.anchorLog,
    detail: report.detail,
  });
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      title={t('audit.verify.failed')}
      description={
        <Flex vertical gap={4} align="start">
          <span>{problem}</span>
          <Typography.Text type="secondary">
            {t('audit.verify.checked', { count: report.entries })}
          </Typography.Text>
          {report.seq !== undefined && (
            <Button size="small" onClick={() => report.seq !== undefined && onOpenEntry(report.seq)}>
              {t('audit.verify.openEntry', { seq: report.seq })}
            </Button>
          )}
        </Flex>
      }
    />
  );
}
