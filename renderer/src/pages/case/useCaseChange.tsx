import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import type { CaseRecord } from '../../../../shared/domain/case-record';
import { correctedFields } from '../../../../shared/domain/corrections';
import { checkChange } from '../../../../shared/domain/pipeline';
import type { ApiError, Result } from '../../../../shared/result';
import { CorrectionReasonDialog, type CorrectionLine } from '../../components/case/CorrectionReasonDialog';
import { describeCorrections } from './describe-corrections';
import { reasonRequested } from './reason-request';
import { useCaseFormat } from './useCaseFormat';

/** One action on the case, as a form hands it over. */
export interface CaseChange {
  /** The case as it would be after the action, to tell in advance whether recorded facts change. */
  predict: (record: CaseRecord) => CaseRecord;
  /** Sends the action, with the reason for a correction when there is one. */
  send: (reason: string | undefined) => Promise<Result<CaseDetail>>;
  /** A reason the form asked for itself (reopening, removing a party): then no dialog is shown. */
  reason?: string;
}

export type ChangeOutcome =
  { status: 'saved' } | { status: 'cancelled' } | { status: 'failed'; error: ApiError };

interface Asking {
  open: boolean;
  lines: CorrectionLine[];
  resolve: (reason: string | null) => void;
}

/**
 * Runs actions on a case. A change to a recorded fact needs a reason for the audit trail: it is asked
 * for before the first call when `correctedFields` foresees it, and otherwise when the backend (the
 * authority on the rule) asks for it, after which the same call is sent again with the reason.
 */
export function useCaseChange(detail: CaseDetail | null, onSaved: (detail: CaseDetail) => void) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const [asking, setAsking] = useState<Asking | null>(null);

  const ask = (lines: CorrectionLine[]) =>
    new Promise<string | null>((resolve) => setAsking({ open: true, lines, resolve }));
  const answer = (reason: string | null) => {
    asking?.resolve(reason);
    setAsking((current) => (current ? { ...current, open: false } : null));
  };

  const run = async (change: CaseChange): Promise<ChangeOutcome> => {
    if (!detail) return { status: 'cancelled' };
    const before = detail.record;
    let reason = change.reason;
    if (reason === undefined) {
      let after: CaseRecord | null = null;
      try {
        after = change.predict(structuredClone(before));
      } catch {
        after = null; // the prediction is only a courtesy; the backend still checks
      }
      // A change the rules refuse is refused here, at its fields, before any reason is asked for:
      // asking first made the user word grounds for a date the backend then turned down.
      const broken = after ? checkChange(before, after) : [];
      if (broken.length) {
        const issues = broken.map((issue) => ({ ...issue, message: t(issue.key, issue.params ?? {}) }));
        return { status: 'failed', error: { code: 'rule_violation', message: issues[0]!.message, issues } };
      }
      const foreseen = after ? correctedFields(before, after) : [];
      if (foreseen.length) {
        const given = await ask(describeCorrections(foreseen, before, after, t, format));
        if (given === null) return { status: 'cancelled' };
        reason = given;
      }
    }
    let result = await change.send(reason);
    const requested = !result.ok && reason === undefined ? reasonRequested(result.error) : null;
    if (requested) {
      const given = await ask(describeCorrections(requested, before, null, t, format));
      if (given === null) return { status: 'cancelled' };
      result = await change.send(given);
    }
    if (!result.ok) return { status: 'failed', error: result.error };
    onSaved(result.value);
    return { status: 'saved' };
  };

  const dialog: ReactNode = (
    <CorrectionReasonDialog
      open={asking?.open ?? false}
      lines={asking?.lines ?? []}
      onSubmit={(reason) => answer(reason)}
      onCancel={() => answer(null)}
      afterClose={() => setAsking((current) => (current?.open ? current : null))}
    />
  );
  return { run, dialog };
}
