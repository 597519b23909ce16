import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import type { CaseMatch } from '../../../../shared/domain/monitoring-api';
import type { LinkDecision } from '../../../../shared/domain/monitoring';
import { api } from '../../api';

/**
 * Confirms or rejects a monitored person as a defendant of this case. The decision is the person's
 * (it returns the person), so the case is read again to show the match as it now stands.
 */
export function useLinkDecision(caseId: number, onChanged: (detail: CaseDetail) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<number | null>(null);

  const decide = async (match: CaseMatch, decision: LinkDecision, reason?: string): Promise<boolean> => {
    setBusy(match.personDbId);
    const result = await api.monitoring.decideLink({ id: match.personDbId, caseId, decision, reason });
    const reloaded = result.ok ? await api.cases.get({ id: caseId }) : null;
    setBusy(null);
    if (!result.ok) {
      void message.error(result.error.message);
      return false;
    }
    if (reloaded?.ok) onChanged(reloaded.value);
    void message.success(t(`caseMonitoring.flag.${decision}`));
    return true;
  };

  return { decide, busy };
}
