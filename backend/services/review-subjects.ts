import type { Readers, WriteTx } from '../../db/ports';
import { reviewSubjects, type ReviewSubjects } from '../../shared/domain/review-subject';

/*
 * The unit's review subjects live in one setting, as JSON validated on the way in and on the way out:
 * one change of the list (or of the default) is one audit entry, before and after in full.
 */

export const SUBJECTS_KEY = 'report.subjects';

const NONE: ReviewSubjects = { subjects: [], defaultSubject: null };

export async function loadSubjects(r: Readers): Promise<ReviewSubjects> {
  const stored = await r.settings.get(SUBJECTS_KEY);
  if (stored === null) return NONE;
  // Only validated lists are written; one that no longer parses (a hand-edited file) counts as none
  // rather than narrowing every review to something nobody chose.
  try {
    const parsed = reviewSubjects.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : NONE;
  } catch {
    return NONE;
  }
}

/** Saves the list when it changed; an empty list with no default is removed, as if never set. */
export async function saveSubjects(tx: WriteTx, next: ReviewSubjects): Promise<void> {
  const value =
    next.subjects.length === 0 && next.defaultSubject === null
      ? null
      : JSON.stringify(reviewSubjects.parse(next));
  if ((await tx.settings.get(SUBJECTS_KEY)) === value) return;
  await tx.apply({ entity: 'setting', id: SUBJECTS_KEY, action: 'settings.subjects' }, (w) =>
    value === null ? w.settings.remove(SUBJECTS_KEY) : w.settings.set(SUBJECTS_KEY, value),
  );
}
