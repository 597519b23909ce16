import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli } from '../run-cli';
import { describe, expect, it } from 'vitest';
import { tempDbPath } from '../../db/test-support';
import Database from 'better-sqlite3';
import { pdfText } from '../../backend/services/report/testing/pdf-text';
import { docxText, unzipDocx } from '../../shared/report/testing/docx-text';
import { createDatabase } from '../test-database';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/domain/fields';

const nadzor = (...args: string[]) => runCli(args);

describe('nadzor report', () => {
  it('writes the review PDF, says how many pages, and exits', () => {
    const db = tempDbPath();
    expect(nadzor('demo', '--db', db).code).toBe(0);
    const out = join(dirname(db), 'review.pdf');
    const result = nadzor('report', '--year', '2024', '--lang', 'kk', '--out', out, '--db', db);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^wrote ${out} \\(\\d+ pages\\)\\n$`));
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dirname(db)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('writes the review as a Word document when the file ends in .docx, in the language asked', async () => {
    const db = tempDbPath();
    expect(nadzor('demo', '--db', db).code).toBe(0);
    const out = join(dirname(db), 'review.docx');
    const result = nadzor('report', '--year', '2024', '--lang', 'en', '--out', out, '--db', db);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `wrote ${out}\n` });
    const { xml, media } = await unzipDocx(readFileSync(out));
    // The demo's 2024 key figures (backend/services/demo): 53 → 52 registered, 30 → 34 forwarded.
    const text = docxText(xml);
    expect(text).toContain('1. Key figures');
    expect(text).toContain('Cases registered 53 52 −1.9%');
    expect(text).toContain('Cases forwarded to court 30 34 +13.3%');
    expect(media.length).toBeGreaterThan(0);
    expect(readdirSync(dirname(db)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('refuses a bad year or language as a usage error (exit 2)', () => {
    const db = tempDbPath();
    const out = join(dirname(db), 'review.pdf');
    for (const args of [
      ['--year', '24'],
      ['--year', 'next'],
      ['--year', '2024', '--lang', 'de'],
    ]) {
      const result = nadzor('report', ...args, '--out', out, '--db', db);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('refuses an unknown district as a user error (exit 1), naming the known ones, and writes nothing', async () => {
    const db = tempDbPath();
    await createDatabase(db);
    const out = join(dirname(db), 'review.pdf');
    const unknown = nadzor('report', '--year', '2024', '--district', 'Atlantis', '--out', out, '--db', db);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^nadzor: .*Atlantis.*Almaty/);
    expect(existsSync(out)).toBe(false);
  });

  it("prints the trail's entries and head in each language, a pair that audit verify --anchor holds", async () => {
    const db = tempDbPath();
    await createDatabase(db);
    // The reference data's trail: 22 entries (counted in cli-audit-anchor.test.ts); its head, read from the file.
    const file = new Database(db, { readonly: true });
    const head = (file.prepare('SELECT hash FROM audit_log WHERE seq = 22').get() as { hash: string }).hash;
    file.close();
    const printed = {
      ru: /записей: (\d+), хеш последней\s+([0-9a-f]{64})/,
      kk: /(\d+) жазба, соңғысының хеші\s+([0-9a-f]{64})/,
      en: /(\d+) entries; the last one’s hash\s+([0-9a-f]{64})/,
    };
    for (const [language, pattern] of Object.entries(printed)) {
      const out = join(dirname(db), `review-${language}.pdf`);
      expect(nadzor('report', '--year', '2024', '--lang', language, '--out', out, '--db', db).code).toBe(0);
      const text = pdfText(readFileSync(out), 'drawn');
      const [, count, hash] = pattern.exec(text) ?? [];
      expect([count, hash], language).toEqual(['22', head]);
      // Who made it, in words, not its trail code; the signatory not yet set is a line to sign on.
      expect(text).not.toMatch(/cli:/);
      expect(text).toContain('____________________');
      expect(text).not.toContain(translate(language as Language, 'reportSettings.defaults.signatoryName'));
    }
    const ru = pdfText(readFileSync(join(dirname(db), 'review-ru.pdf')), 'drawn');
    expect(ru).toMatch(/Командная строка \(\S+\)/);
    const verify = nadzor('audit', 'verify', '--db', db, '--anchor', `22:${head}`);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`audit: anchor 22:${head} holds`);
  });
});
