import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import type { CaseMatch } from '../../../../shared/domain/monitoring-api';
import { personPath } from '../../components/monitoring-links';
import { useCan } from '../../state/session';
import { flagStatus, matchedDefendant } from './match-words';
import { RejectMatchDialog } from './RejectMatchDialog';
import { useCaseFormat } from './useCaseFormat';
import { useLinkDecision } from './useLinkDecision';

interface Props {
  detail: CaseDetail;
  onChanged: (detail: CaseDetail) => void;
}

/** The match being rejected; `open` false while its dialog closes. */
type Rejecting = { match: CaseMatch; open: boolean };

/**
 * Says, at the top of the case page, that a defendant is (or may be) a person on the monitoring
 * register, so a re-offence is seen where the case is worked on. A pending match is decided here (by a
 * role that keeps the register; others see it waiting);
 * a rejected one stays as a muted line, so the decision is still visible.
 */
export function MonitoringFlag({ detail, onChanged }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const { decide, busy } = useLinkDecision(detail.id, onChanged);
  const [rejecting, setRejecting] = useState<Rejecting | null>(null);
  const canDecide = useCan('monitoring.write');
  const standing = detail.monitoring.filter((m) => m.status !== 'rejected');
  const rejected = detail.monitoring.filter((m) => m.status === 'rejected');
  if (!standing.length && !rejected.length) return null;

  const defendant = (m: CaseMatch) => matchedDefendant(m, detail.record, t, format);
  const person = (m: CaseMatch) => <Link to={personPath(m.personDbId)}>{m.personName}</Link>;

  const line = (m: CaseMatch) => (
    <Flex
      component="li"
      key={`${m.personDbId}-${m.defendantIndex}`}
      wrap
      align="center"
      justify="space-between"
      gap="4px 16px"
    >
      <span>
        <strong>{person(m)}</strong>
        {' · '}
        {t('caseMonitoring.flag.details', { personId: m.personId, defendant: defendant(m) })}
        {m.basis && ` · ${t(`caseMonitoring.flag.basis.${m.basis}`)}`}
      </span>
      {m.status === 'pending' ? (
        <Flex wrap align="center" gap={8}>
          <Tag color="orange" style={{ margin: 0 }}>
            {t('caseMonitoring.flag.status.pending')}
          </Tag>
          {canDecide && (
            <>
              <Button
                size="small"
                type="primary"
                loading={busy === m.personDbId}
                disabled={busy !== null}
                onClick={() => void decide(m, 'confirmed')}
              >
                {t('caseMonitoring.flag.confirm')}
              </Button>
              <Button
                size="small"
                disabled={busy !== null}
                onClick={() => setRejecting({ match: m, open: true })}
              >
                {t('caseMonitoring.flag.reject')}
              </Button>
            </>
          )}
        </Flex>
      ) : (
        <Tag color="red" style={{ margin: 0 }}>
          {t('caseMonitoring.flag.status.confirmed')}
        </Tag>
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={8}>
      {standing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t(`caseMonitoring.flag.title.${flagStatus(standing)}`, { count: standing.length })}
          description={
            <Flex
              component="ul"
              vertical
              gap={8}
              style={{ margin: '4px 0 0', padding: 0, listStyle: 'none' }}
            >
              {standing.map(line)}
            </Flex>
          }
        />
      )}
      {rejected.map((m) => (
        <Typography.Paragraph
          key={`${m.personDbId}-${m.defendantIndex}`}
          type="secondary"
          style={{ margin: 0 }}
        >
          {person(m)}
          {' · '}
          {t('caseMonitoring.flag.rejectedLine', { personId: m.personId, defendant: defendant(m) })}
        </Typography.Paragraph>
      ))}
      {rejecting && (
        <RejectMatchDialog
          open={rejecting.open}
          intro={t('caseMonitoring.reject.intro', {
            name: rejecting.match.personName,
            personId: rejecting.match.personId,
            defendant: defendant(rejecting.match),
          })}
          submitting={busy !== null}
          onSubmit={(reason) =>
            void decide(rejecting.match, 'rejected', reason).then((done) => {
              if (done) setRejecting((current) => (current ? { ...current, open: false } : null));
            })
          }
          onClose={() => setRejecting((current) => (current ? { ...current, open: false } : null))}
          afterClose={() => setRejecting((current) => (current?.open ? current : null))}
        />
      )}
    </Flex>
  );
}
