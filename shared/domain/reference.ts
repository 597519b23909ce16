import { z } from 'zod';

export interface Labels {
  ru: string | null;
  kk: string | null;
  en: string | null;
}

export interface District {
  id: number;
  name: string;
  labels: Labels;
}

export interface Article {
  id: number;
  code: string;
  titles: Labels;
}

export const referenceKinds = ['district', 'article', 'platform', 'tactic'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

/** One value of reference data, whatever its kind (an article's name is its code). */
export interface ReferenceItem {
  id: number;
  kind: ReferenceKind;
  name: string;
  labels: Labels;
  active: boolean;
}

const label = z.string().max(200, { error: 'errors.tooLong' }).nullable();

export const referenceSave = z
  .object({
    kind: z.enum(referenceKinds),
    /** Absent for a new value. The name of an existing value is fixed: files and statistics refer to it. */
    id: z.number().int().positive().optional(),
    name: z
      .string({ error: 'errors.required' })
      .max(100, { error: 'errors.tooLong' })
      .refine((v) => v.trim() === v && v.length > 0, { error: 'errors.reference.name' }),
    labels: z.object({ ru: label, kk: label, en: label }).strict(),
    active: z.boolean(),
  })
  .strict();

/**
 * A stored name as people can read it when a value has no label yet: an imported code such as
 * "online-romance" reads "Online romance"; any other name (Telegram, Есиль) is shown as it is.
 */
export function readableName(name: string): string {
  if (!/^[a-z0-9]+([-_][a-z0-9]+)+$/.test(name)) return name;
  const words = name.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A value without its name in `language` (as a new value of an import is). Platforms go by their
 * brand names in every language (Telegram, Badoo: seeded without labels), so a platform never lacks one.
 */
export const needsNameIn = (item: { kind: ReferenceKind; labels: Labels }, language: keyof Labels): boolean =>
  takesNames(item.kind) && !item.labels[language]?.trim();

/** Whether values of a kind are named per language: every kind but platforms (brand names). */
export const takesNames = (kind: ReferenceKind): boolean => kind !== 'platform';

/** A value still missing its name in one of the three languages: Settings marks it "needs names". */
export const needsNames = (item: { kind: ReferenceKind; labels: Labels }): boolean =>
  (['ru', 'kk', 'en'] as const).some((language) => needsNameIn(item, language));

/** The label to show for a value in a language: its own label, else its stored name made readable. */
export const labelOf = (item: { name: string; labels: Labels }, language: keyof Labels): string =>
  item.labels[language] ?? readableName(item.name);
