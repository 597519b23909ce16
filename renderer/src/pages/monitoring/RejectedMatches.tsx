import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Sex } from '../../../../shared/domain/case-record';
import type { CaseMatch } from '../../../../shared/domain/monitoring-api';
import { useCan } from '../../state/session';
import { SectionCard } from '../../components/case/SectionCard';
import type { Decision } from './DecisionForm';
import { CaseLink, MatchFacts } from './ReoffendingAlerts';

interface Props {
  matches: CaseMatch[];
  /** The person's recorded sex, for the words about the defendant (a namesake, as a rule of the same sex). */
  sex: Sex;
  busy: boolean;
  onDecide: (match: CaseMatch, decision: Decision) => void;
}

/** Matches a supervisor ruled out (a namesake, say): kept on view so a mistaken rejection can be undone. */
export function RejectedMatches({ matches, sex, busy, onDecide }: Props) {
  const { t } = useTranslation();
  const rejected = matches.filter((m) => m.status === 'rejected');
  const canDecide = useCan('monitoring.write');
  if (rejected.length === 0) return null;
  return (
    <SectionCard title={t('monitoring.match.rejectedTitle')}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {rejected.map((match) => (
          <li key={match.caseId} style={{ padding: '8px 0' }}>
            <Flex justify="space-between" align="center" gap={16} wrap>
              <Flex vertical>
                <span>
                  {t('monitoring.match.caseNumber')} <CaseLink match={match} />
                </span>
                <Typography.Text type="secondary">
                  <MatchFacts match={match} sex={sex} />
                </Typography.Text>
              </Flex>
              {canDecide && (
                <Button size="small" disabled={busy} onClick={() => onDecide(match, null)}>
                  {t('monitoring.match.withdraw')}
                </Button>
              )}
            </Flex>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
