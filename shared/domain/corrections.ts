import type { CaseRecord } from './case-record';
import { caseStages, stageOfCase } from './pipeline';

/**
 * A recorded fact that changes needs a reason, kept in the audit trail: any date already on record
 * (moved or cleared), a verdict or sentence already on record, or the case moving back a stage.
 * Filling in a date for the first time is the normal course of a case and needs none.
 */
export function correctedFields(before: CaseRecord, after: CaseRecord): string[] {
  const changed: string[] = [];
  const recorded = (path: string, a: unknown, b: unknown) => {
    if (a !== null && a !== undefined && JSON.stringify(a) !== JSON.stringify(b)) changed.push(path);
  };
  recorded('registeredOn', before.registeredOn, after.registeredOn);
  recorded('forwardedToCourtOn', before.forwardedToCourtOn, after.forwardedToCourtOn);
  recorded('closedOn', before.closedOn, after.closedOn);
  recorded('closedReason', before.closedReason, after.closedReason);
  before.defendants.forEach((d, i) => {
    const next = after.defendants[i];
    recorded(`defendants[${i}].convictedOn`, d.convictedOn, next?.convictedOn ?? null);
    recorded(`defendants[${i}].acquittedOn`, d.acquittedOn, next?.acquittedOn ?? null);
    recorded(`defendants[${i}].sentence`, d.sentence, next?.sentence ?? null);
  });
  if (caseStages.indexOf(stageOfCase(after)) < caseStages.indexOf(stageOfCase(before)) && !changed.length) {
    changed.push('stage');
  }
  return changed;
}
