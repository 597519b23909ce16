import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Sex } from '../../../../shared/domain/case-record';
import type { CaseMatch } from '../../../../shared/domain/monitoring-api';
import { useCan } from '../../state/session';
import { useCaseFormat } from '../case/useCaseFormat';
import { basisLabel } from './labels';
import type { Decision } from './DecisionForm';

interface Props {
  matches: CaseMatch[];
  /** The person's recorded sex: the words about them agree with it. */
  sex: Sex;
  busy: boolean;
  onDecide: (match: CaseMatch, decision: Decision) => void;
}

/** What a match rests on and who it is, in one line under the case number. */
export function MatchFacts({ match, sex }: { match: CaseMatch; sex: Sex }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  return (
    <span>
      {[
        match.defendantName
          ? t(`monitoring.match.defendant.${sex}`, { name: match.defendantName })
          : t('monitoring.match.noDefendant'),
        basisLabel(t, match.basis),
        t('monitoring.match.registeredOn', { date: format.date(match.registeredOn) }),
      ].join(' · ')}
    </span>
  );
}

export const CaseLink = ({ match }: { match: CaseMatch }) => (
  <Link to={`/cases/${match.caseId}`}>{match.registryNumber}</Link>
);

/**
 * Later cases whose defendant is, or may be, this person: undecided ones ask the supervisor to confirm
 * or reject them (other roles see them waiting); confirmed ones are the person's re-offences (only those are counted in statistics).
 */
export function ReoffendingAlerts({ matches, sex, busy, onDecide }: Props) {
  const { t } = useTranslation();
  const shown = matches.filter((m) => m.status !== 'rejected');
  const canDecide = useCan('monitoring.write');
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="person-reoffending">
      <Typography.Title id="person-reoffending" level={2} style={{ fontSize: 16, margin: '0 0 8px' }}>
        {t('monitoring.match.title')}
      </Typography.Title>
      <Flex vertical gap={8}>
        {shown.map((match) => {
          const pending = match.status === 'pending';
          return (
            <Alert
              key={match.caseId}
              type={pending ? 'warning' : 'error'}
              showIcon
              title={
                <span>
                  {t(pending ? 'monitoring.match.pendingTitle' : 'monitoring.match.confirmedTitle')}{' '}
                  <CaseLink match={match} />
                </span>
              }
              description={<MatchFacts match={match} sex={sex} />}
              action={
                !canDecide ? undefined : pending ? (
                  <Flex gap={8} wrap>
                    <Button
                      type="primary"
                      size="small"
                      disabled={busy}
                      onClick={() => onDecide(match, 'confirmed')}
                    >
                      {t('monitoring.match.confirm')}
                    </Button>
                    <Button size="small" disabled={busy} onClick={() => onDecide(match, 'rejected')}>
                      {t('monitoring.match.reject')}
                    </Button>
                  </Flex>
                ) : (
                  <Button size="small" disabled={busy} onClick={() => onDecide(match, null)}>
                    {t('monitoring.match.withdraw')}
                  </Button>
                )
              }
            />
          );
        })}
      </Flex>
    </section>
  );
}
