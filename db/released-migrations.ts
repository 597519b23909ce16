import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A released migration has already run on offices' databases, which will never run it again: editing
 * it would give new and old databases different schemas. Each migration file's text in `folder` is
 * pinned by its SHA-256 (`sha256sum NNN-*.ts`). A new migration is added to the table when it is
 * written; a released one's hash is never changed — the change goes into a new numbered migration.
 */
export function pinReleasedMigrations(engine: string, folder: string, released: Record<string, string>) {
  const migrationFiles = readdirSync(folder).filter((name) => /^\d{3}-.+(?<!\.test)\.ts$/.test(name));
  // Line endings normalised, so a Windows checkout (CRLF) hashes the same text the same way.
  const textHash = (name: string) =>
    createHash('sha256')
      .update(readFileSync(join(folder, name), 'utf8').replaceAll('\r\n', '\n'))
      .digest('hex');

  describe(`released ${engine} migrations`, () => {
    it('are all pinned, and every migration file is in the table', () => {
      expect(migrationFiles.sort()).toEqual(Object.keys(released).sort());
    });

    it.each(Object.entries(released))('%s is never edited', (name, hash) => {
      expect(textHash(name)).toBe(hash);
    });
  });
}
