import { formatPath } from '../validation';
import { caseRecordSchema, normaliseCase, type CaseRecord } from './case-record';

/*
 * A case of an import that failed its shape check (a typo'd key, a malformed date, an unknown value)
 * can still be judged by the rules that do not read the fields that failed: its order of dates, its
 * registry number's uniqueness in the file. Said in the same run, the file's every problem is listed at
 * once (spec §1), instead of the next few appearing after each fix.
 */

export interface SalvagedCase {
  record: CaseRecord;
  /** Paths of the fields that failed: the rules must not judge by the stand-ins put there. */
  unknown: string[];
}

/**
 * Stand-ins for a required field that failed (any other is left out), so the rest of the case takes
 * its shape. Never judged (their paths are unknown), never shown, never written.
 */
const STAND_IN: Record<string, unknown> = {
  registryNumber: '?',
  article: '?',
  district: '?',
  registeredOn: '1900-01-01',
  sex: 'M',
  type: 'other',
  on: '1900-01-01',
};
const ITEM_STAND_IN: Record<string, unknown> = {
  platforms: '?',
  tactics: '?',
  victims: { sex: 'M' },
  defendants: { sex: 'M' },
};

type Container = Record<PropertyKey, unknown> | unknown[];

/** The container holding the value at `path`, and its key there; null when the path leads nowhere. */
function holderOf(root: unknown, path: readonly PropertyKey[]): [Container, PropertyKey] | null {
  let value = root;
  for (const step of path.slice(0, -1)) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  if (value === null || typeof value !== 'object' || path.length === 0) return null;
  return [value as Container, path[path.length - 1]!];
}

/**
 * `raw` (one case of a file) with its unknown keys dropped and each field that failed replaced (an
 * optional one left out, a required one given a stand-in), and the paths of those fields; null when
 * the case is not an object or does not take shape even so.
 */
export function salvageCase(raw: unknown): SalvagedCase | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const item = structuredClone(raw) as Record<string, unknown>;
  const unknown = new Set<string>();
  // Checks inside a list or an object show once what holds them has taken shape.
  for (let round = 0; round < 3; round++) {
    const parsed = caseRecordSchema.safeParse(item);
    if (parsed.success) return { record: normaliseCase(parsed.data), unknown: [...unknown] };
    const before = new Set(unknown);
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const keys = holderOf(item, [...issue.path, '']);
        if (keys) for (const key of issue.keys) delete (keys[0] as Record<string, unknown>)[key];
        continue;
      }
      const holder = holderOf(item, issue.path);
      if (!holder) return null;
      const [container, key] = holder;
      const path = formatPath(issue.path);
      // A field failing again after its replacement: the case does not take shape.
      if (before.has(path)) return null;
      if (unknown.has(path)) continue;
      const standIn = Array.isArray(container)
        ? ITEM_STAND_IN[String(issue.path[issue.path.length - 2])]
        : STAND_IN[String(key)];
      if (Array.isArray(container) && standIn === undefined) return null;
      unknown.add(path);
      if (standIn === undefined) delete (container as Record<PropertyKey, unknown>)[key];
      else (container as Record<PropertyKey, unknown>)[key] = structuredClone(standIn);
    }
  }
  return null;
}
