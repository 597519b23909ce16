import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from './backup-names';
import { backupsToKeep, DEFAULT_KEEP } from './rotation';

const dated = (iso: string) => ({ name: iso, at: new Date(iso) });

describe('backup names', () => {
  it('carry their UTC time, sort by it, and read back; other files are not backups', () => {
    const at = new Date('2026-12-05T08:51:43.007Z');
    expect(backupFileName(at)).toBe('nadzor-20261205-085143-007.sqlite');
    expect(backupFileName(at, 'before-restore')).toBe('nadzor-20261205-085143-007-before-restore.sqlite');
    expect(parseBackupName('nadzor-20261205-085143-007.sqlite')).toEqual({ at, kind: 'backup' });
    expect(parseBackupName('nadzor-20261205-085143-007-before-restore.sqlite')?.kind).toBe('before-restore');
    for (const other of ['audit-anchors.log', 'nadzor.sqlite', 'nadzor-20261205-085143-007.sqlite.9.part'])
      expect(parseBackupName(other), other).toBeNull();
  });
});

describe('rotation', () => {
  it("keeps today's backups, the newest of the last 3 days and of the last 2 months", () => {
    const backups = [
      '2026-12-05T09:00:00Z', // today: kept (also the newest of 5 Dec and of December)
      '2026-12-05T07:00:00Z', // today: kept
      '2026-12-04T18:00:00Z', // newest of 4 Dec: the 2nd day
      '2026-12-04T08:00:00Z',
      '2026-12-02T08:00:00Z', // newest of 2 Dec: the 3rd day
      '2026-12-01T08:00:00Z', // a 4th day: gone
      '2026-11-30T08:00:00Z', // newest of November: the 2nd month
      '2026-11-15T08:00:00Z',
      '2026-10-31T08:00:00Z', // a 3rd month: gone
    ].map(dated);
    const kept = backupsToKeep(backups, { daily: 3, monthly: 2 }, new Date('2026-12-05T10:00:00Z'));
    expect([...kept].sort()).toEqual([
      '2026-11-30T08:00:00Z',
      '2026-12-02T08:00:00Z',
      '2026-12-04T18:00:00Z',
      '2026-12-05T07:00:00Z',
      '2026-12-05T09:00:00Z',
    ]);
  });

  it('keeps 24 of two years of daily backups by default: 14 days, and 10 month-ends before them', () => {
    const backups = [];
    for (let t = Date.UTC(2025, 0, 1, 8); t <= Date.UTC(2026, 11, 5, 8); t += 86_400_000)
      backups.push(dated(new Date(t).toISOString()));
    expect(DEFAULT_KEEP).toEqual({ daily: 14, monthly: 12 });
    const kept = [...backupsToKeep(backups, DEFAULT_KEEP, new Date('2026-12-05T10:00:00Z'))].sort();
    expect(kept).toHaveLength(24);
    expect(kept.slice(0, 10).map((name) => name.slice(0, 10))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
    ]);
    expect(kept[10]!.slice(0, 10)).toBe('2026-11-22');
    expect(kept.at(-1)!.slice(0, 10)).toBe('2026-12-05');
  });
});
