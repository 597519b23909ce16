export interface NewReferences {
  district: string[];
  article: string[];
  platform: string[];
  tactic: string[];
}

export interface ImportSummary {
  cases: number;
  created: number;
  updated: number;
  skipped: number;
  victims: number;
  defendants: number;
  newReferences: NewReferences;
  /** The file's monitoring register (persons are matched by their register number, `personId`). */
  persons: { total: number; created: number; updated: number; skipped: number };
}

export interface ImportPreview extends Omit<ImportSummary, 'created' | 'updated' | 'skipped' | 'persons'> {
  /** Registry numbers of the file already in the database. */
  conflicts: string[];
  persons: number;
  /** Register numbers of the file's persons already in the database. */
  personConflicts: string[];
}
