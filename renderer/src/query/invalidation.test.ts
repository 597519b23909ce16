import { describe, expect, it } from 'vitest';
import { isDataKey, staleAfter, staleAfterChange } from './invalidation';

describe('what a change makes stale', () => {
  it('a case edit refreshes the case page and list, the dashboard, the reports and the trail', () => {
    expect(staleAfter('cases.edit', {})).toEqual(
      expect.arrayContaining(['cases', 'dashboard', 'reports', 'audit', 'monitoring']),
    );
  });

  it('a read changes nothing, and an account change touches accounts and the trail only', () => {
    expect(staleAfter('cases.list', {})).toEqual([]);
    expect(staleAfter('cases.stageCounts', {})).toEqual([]);
    expect(staleAfter('users.create', {})).toEqual(['users', 'audit']);
  });

  it('an import is a change when its poll finds it done, not while it runs', () => {
    expect(staleAfter('cases.importProgress', { state: 'running' })).toEqual([]);
    expect(staleAfter('cases.importProgress', { state: 'done' })).toEqual(
      expect.arrayContaining(['cases', 'dashboard', 'reference']),
    );
  });

  it('never re-reads a job poll as stale data', () => {
    expect(isDataKey(['cases.importProgress', { jobId: 'x' }, 'ru'])).toBe(false);
    expect(isDataKey(['reports.pdfProgress', { jobId: 'x' }, 'ru'])).toBe(false);
    expect(isDataKey(['cases.get', { id: 1 }, 'ru'])).toBe(true);
  });

  it("another user's change refreshes what shows it: a case its page, the lists and counts; a person the register", () => {
    expect(staleAfterChange('case')).toEqual(expect.arrayContaining(['cases', 'dashboard', 'audit']));
    expect(staleAfterChange('person')).toEqual(expect.arrayContaining(['monitoring', 'audit']));
    expect(staleAfterChange('something-new')).toEqual(['audit']);
  });
});
