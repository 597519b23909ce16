import { z } from 'zod';
import type { CaseRecord, Defendant } from './case-record';
import { checkIin } from './iin';

/*
 * The pipeline rules, in one place, for the forms, the API and the importer alike:
 * registered → forwarded to court → per defendant convicted or acquitted → sentenced; or closed.
 * Each broken rule is reported at the field it concerns (relative to the case) with an i18n key.
 */

export interface RuleIssue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

export const caseStages = ['registered', 'forwarded', 'verdict', 'sentenced', 'closed'] as const;
export type CaseStage = (typeof caseStages)[number];

/** Where a case stands: closed, or the furthest stage every defendant's record supports. */
export function stageOfCase(
  c: Pick<CaseRecord, 'forwardedToCourtOn' | 'closedOn' | 'defendants'>,
): CaseStage {
  if (c.closedOn) return 'closed';
  if (!c.forwardedToCourtOn) return 'registered';
  const decided = c.defendants.filter((d) => d.convictedOn || d.acquittedOn);
  if (c.defendants.length === 0 || decided.length < c.defendants.length) return 'forwarded';
  const convicted = decided.filter((d) => d.convictedOn);
  if (convicted.length > 0 && convicted.every((d) => d.sentence)) return 'sentenced';
  return 'verdict';
}

const before = (a: string | null, b: string | null) => a !== null && b !== null && a < b;

/**
 * Reports a broken rule at `path`. `reads` are the fields the rule looked at (by default the one it is
 * said at), so a case whose other fields failed their shape check is judged only by the rules that
 * read none of them (checkCase's `unknown`).
 */
type Add = (path: string, key: string, params?: Record<string, string | number>, reads?: string[]) => void;

/** A dated field of the case: where it is and what it holds. */
interface Dated {
  path: string;
  date: string | null;
}

/**
 * Two dates that must come in order, broken: said at the later date ("not before the registration"),
 * or at the earlier one ("not after the forwarding") when `atEarlier` finds that one was moved.
 */
type Order = (earlier: Dated, later: Dated, keys: { atLater: string; atEarlier: string }) => void;

const orderAtLater =
  (add: Add): Order =>
  (earlier, later, { atLater }) => {
    if (before(later.date, earlier.date))
      add(later.path, atLater, { date: earlier.date! }, [earlier.path, later.path]);
  };

/**
 * The rules' issues for the case `c`. `unknown` are paths of fields whose value is not known (an import's
 * case whose date there was malformed, see case-salvage.ts): rules that read any of them are not judged.
 */
export function checkCase(c: CaseRecord, unknown: readonly string[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add: Add = (path, key, params, reads = [path]) => {
    if (reads.some((read) => unknown.some((field) => overlaps(read, field)))) return;
    issues.push(params ? { path, key, params } : { path, key });
  };
  checkRules(c, add, orderAtLater(add));
  return issues;
}

/** One path is the other or lies within it (`defendants[0]` and `defendants[0].sentence.on`). */
export function overlaps(a: string, b: string): boolean {
  const within = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return within(a, b) || within(b, a);
}

/**
 * The rules' issues for a change of `previous` into `c`. Two dates out of order are said at the one
 * the change moved: a forwarding date corrected past a verdict is "not after the verdict" at the
 * forwarding date, where checkCase says it at the verdict, which the correcting form does not show.
 */
export function checkChange(previous: CaseRecord, c: CaseRecord): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add: Add = (path, key, params) => issues.push(params ? { path, key, params } : { path, key });
  const atLater = orderAtLater(add);
  const moved = (path: string) => valueAt(previous, path) !== valueAt(c, path);
  checkRules(c, add, (earlier, later, keys) => {
    if (!moved(earlier.path) || moved(later.path)) return atLater(earlier, later, keys);
    if (before(later.date, earlier.date))
      add(earlier.path, keys.atEarlier, { date: later.date! }, [earlier.path, later.path]);
  });
  return issues;
}

/** The value at a rule's path (`defendants[0].sentence.on`) of `c`; undefined where there is none. */
function valueAt(c: CaseRecord, path: string): unknown {
  let value: unknown = c;
  for (const step of path.split(/[.[\]]+/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

function checkRules(c: CaseRecord, add: Add, order: Order): void {
  const registered = { path: 'registeredOn', date: c.registeredOn };
  const forwarded = { path: 'forwardedToCourtOn', date: c.forwardedToCourtOn };
  order(registered, forwarded, {
    atLater: 'errors.pipeline.forwardedBeforeRegistered',
    atEarlier: 'errors.pipeline.registeredAfterForwarded',
  });
  if ((c.closedOn === null) !== (c.closedReason === null)) {
    add(c.closedOn === null ? 'closedOn' : 'closedReason', 'errors.pipeline.closedTogether', undefined, [
      'closedOn',
      'closedReason',
    ]);
  }
  order(
    registered,
    { path: 'closedOn', date: c.closedOn },
    { atLater: 'errors.pipeline.closedBeforeRegistered', atEarlier: 'errors.pipeline.registeredAfterClosed' },
  );
  if (c.closedOn !== null && c.forwardedToCourtOn !== null)
    add('closedOn', 'errors.pipeline.closedAndForwarded', undefined, ['closedOn', 'forwardedToCourtOn']);

  for (const list of ['platforms', 'tactics'] as const)
    duplicates(c[list]).forEach((i) =>
      add(`${list}[${i}]`, 'errors.duplicate', { value: c[list][i]! }, [list]),
    );

  c.victims.forEach((v, i) => {
    if (v.birthDate !== null && v.birthYear !== null && Number(v.birthDate.slice(0, 4)) !== v.birthYear) {
      add(`victims[${i}].birthYear`, 'errors.birthYearMismatch', undefined, [
        `victims[${i}].birthDate`,
        `victims[${i}].birthYear`,
      ]);
    }
  });
  c.defendants.forEach((d, i) => checkDefendant(c, d, `defendants[${i}]`, add, order));
}

function checkDefendant(c: CaseRecord, d: Defendant, at: string, add: Add, order: Order): void {
  // The IIN is how a defendant is matched to the monitoring register: it must be this person's.
  const iin = d.iin ? checkIin(d.iin) : null;
  if (iin?.ok && d.birthDate !== null && iin.facts.birthDate !== d.birthDate)
    add(`${at}.iin`, 'errors.iin.birthDateMismatch', { date: iin.facts.birthDate }, [
      `${at}.iin`,
      `${at}.birthDate`,
    ]);
  if (iin?.ok && iin.facts.sex !== d.sex)
    add(`${at}.iin`, 'errors.iin.sexMismatch', undefined, [`${at}.iin`, `${at}.sex`]);
  if (d.convictedOn !== null && d.acquittedOn !== null)
    add(`${at}.acquittedOn`, 'errors.pipeline.verdictExclusive', undefined, [
      `${at}.convictedOn`,
      `${at}.acquittedOn`,
    ]);
  for (const field of ['convictedOn', 'acquittedOn'] as const) {
    const date = d[field];
    if (date === null) continue;
    if (c.forwardedToCourtOn === null)
      add(`${at}.${field}`, 'errors.pipeline.verdictWithoutForward', undefined, [
        'forwardedToCourtOn',
        `${at}.${field}`,
      ]);
    else
      order(
        { path: 'forwardedToCourtOn', date: c.forwardedToCourtOn },
        { path: `${at}.${field}`, date },
        {
          atLater: 'errors.pipeline.verdictBeforeForward',
          atEarlier: 'errors.pipeline.forwardedAfterVerdict',
        },
      );
  }
  const s = d.sentence;
  if (s === null) return;
  if (d.convictedOn === null) {
    add(`${at}.sentence`, 'errors.pipeline.sentenceWithoutConviction', undefined, [
      `${at}.sentence`,
      `${at}.convictedOn`,
    ]);
    return;
  }
  order(
    { path: `${at}.convictedOn`, date: d.convictedOn },
    { path: `${at}.sentence.on`, date: s.on },
    {
      atLater: 'errors.pipeline.sentenceBeforeConviction',
      atEarlier: 'errors.pipeline.convictedAfterSentence',
    },
  );
  const hasTerm = s.years !== null || s.months !== null;
  const sentenceRule = (path: string, key: string) => add(path, key, undefined, [`${at}.sentence`]);
  if (s.type === 'imprisonment' || s.type === 'restriction' || s.type === 'suspended') {
    if (!hasTerm) sentenceRule(`${at}.sentence.years`, 'errors.sentence.termRequired');
    else if ((s.years ?? 0) + (s.months ?? 0) === 0)
      sentenceRule(`${at}.sentence.years`, 'errors.sentence.termRequired');
    if (s.fineKzt !== null) sentenceRule(`${at}.sentence.fineKzt`, 'errors.sentence.fineNotAllowed');
  } else if (s.type === 'fine') {
    if (s.fineKzt === null) sentenceRule(`${at}.sentence.fineKzt`, 'errors.sentence.fineRequired');
    if (hasTerm) sentenceRule(`${at}.sentence.years`, 'errors.sentence.termNotAllowed');
  }
}

function duplicates(values: string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) repeated.push(i);
    seen.add(v);
  });
  return repeated;
}

/** Term of investigation: a case neither forwarded nor closed by then is overdue. */
export const DEFAULT_INVESTIGATION_DAYS = 60;
/** The term an administrator may set (Settings): a day to ten years. */
export const investigationDays = z.number().int().min(1).max(3650);
export const DUE_SOON_DAYS = 10;

export type DeadlineStatus = 'done' | 'ok' | 'dueSoon' | 'overdue';

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function investigationDeadline(registeredOn: string, termDays = DEFAULT_INVESTIGATION_DAYS): string {
  return addDays(registeredOn, termDays);
}

export function deadlineStatus(
  c: Pick<CaseRecord, 'registeredOn' | 'forwardedToCourtOn' | 'closedOn'>,
  today: string,
  termDays = DEFAULT_INVESTIGATION_DAYS,
): DeadlineStatus {
  if (c.forwardedToCourtOn !== null || c.closedOn !== null) return 'done';
  const deadline = investigationDeadline(c.registeredOn, termDays);
  if (today > deadline) return 'overdue';
  if (today >= addDays(deadline, -DUE_SOON_DAYS)) return 'dueSoon';
  return 'ok';
}
