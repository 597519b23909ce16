import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/domain/import';
import { describeSummary } from './import';

const summary = (n: number, names: string[]): ImportSummary => ({
  cases: n,
  created: n,
  updated: 0,
  skipped: 0,
  victims: n,
  defendants: n,
  newReferences: { district: names, article: names, platform: names, tactic: names },
  persons: { total: n, created: n, updated: 0, skipped: 0 },
});

describe('the import summary line', () => {
  it('says one of each in the singular', () => {
    expect(describeSummary('a.json', summary(1, ['X']))).toBe(
      'imported 1 case from a.json: 1 new, 0 updated, 0 skipped; 1 victim, 1 defendant; ' +
        'monitoring register: 1 person (1 new, 0 updated, 0 skipped); ' +
        'new district: X; new article: X; new platform: X; new tactic: X',
    );
  });

  it('says none and several in the plural', () => {
    expect(describeSummary('a.json', summary(0, []))).toBe(
      'imported 0 cases from a.json: 0 new, 0 updated, 0 skipped; 0 victims, 0 defendants',
    );
    expect(describeSummary('a.json', summary(2, ['X', 'Y']))).toBe(
      'imported 2 cases from a.json: 2 new, 0 updated, 0 skipped; 2 victims, 2 defendants; ' +
        'monitoring register: 2 persons (2 new, 0 updated, 0 skipped); ' +
        'new districts: X, Y; new articles: X, Y; new platforms: X, Y; new tactics: X, Y',
    );
  });
});
