import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadChosenDatabase, saveChosenDatabase } from './chosen-database';

const dir = mkdtempSync(join(tmpdir(), 'nadzor-chosen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the chosen database file', () => {
  it('is kept, read back, and forgotten', () => {
    const file = join(dir, 'database-file.json');
    saveChosenDatabase(file, '/archive/unit.sqlite');
    expect(loadChosenDatabase(file)).toBe('/archive/unit.sqlite');
    saveChosenDatabase(file, null);
    expect(existsSync(file)).toBe(false);
    expect(loadChosenDatabase(file)).toBeNull();
  });

  it('ignores a broken record or a relative path', () => {
    writeFileSync(join(dir, 'broken.json'), '{"dbPath": "/a');
    expect(loadChosenDatabase(join(dir, 'broken.json'))).toBeNull();
    writeFileSync(join(dir, 'relative.json'), JSON.stringify({ dbPath: 'unit.sqlite' }));
    expect(loadChosenDatabase(join(dir, 'relative.json'))).toBeNull();
  });
});
