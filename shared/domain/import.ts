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
}

export interface ImportPreview extends Omit<ImportSummary, 'created' | 'updated' | 'skipped'> {
  /** Registry numbers of the file already in the database. */
  conflicts: string[];
}
