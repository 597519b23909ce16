import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNodeEntry, BUNDLED, CLI, HOST } from './build-node.mjs';

/**
 * The packages a built entry loads as it starts: its static imports, followed through our own chunks
 * (`import(...)` on use is not followed; that is the point).
 */
function packagesAtStart(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gms),
  ].map((match) => match[1] ?? match[2] ?? '');
  for (const specifier of specifiers) {
    if (specifier.startsWith('./')) {
      for (const name of packagesAtStart(join(dirname(file), specifier), seen)) packages.add(name);
    } else packages.add(specifier);
  }
  return packages;
}

// What only the review (PDF, Word, charts) and the spreadsheets need: about half of a cold start's
// work when loaded by every command (the CLI's `--help` took 0.69 s of CPU with them, 0.34 s without).
const heavy = /^(echarts|pdfmake|pdfkit|fontkit|exceljs|docx|@resvg)/;
// The PostgreSQL driver: only an office's database needs it, and it took a tenth of a second of
// every call's start (`stats` at a million cases was 0.98–1.18 s through npm with it).
const officeOnly = /^pg(-|$)/;

describe('what the built command line and host load as they start', () => {
  it.each([
    ['the command line', CLI],
    ['the web host', HOST],
  ])('%s loads no charting, PDF, Word, Excel or PostgreSQL package until a command needs one', (_, entry) => {
    const { file } = buildNodeEntry(entry.entry, entry.outDir);
    const packages = [...packagesAtStart(file)];
    expect(packages).toContain('better-sqlite3');
    expect(packages.filter((name) => heavy.test(name) || officeOnly.test(name))).toEqual([]);
  });

  it.each([
    ['the command line', CLI],
    ['the web host', HOST],
  ])(
    '%s carries zod, commander, i18next, jsonc-parser and ECharts inside, and no other package',
    (_, entry) => {
      const { file } = buildNodeEntry(entry.entry, entry.outDir);
      expect([...packagesAtStart(file)].filter((name) => BUNDLED.includes(name))).toEqual([]);
      const { packages } = JSON.parse(readFileSync(join(dirname(file), 'build.json'), 'utf8')) as {
        packages: string[];
      };
      expect(packages.every((name) => BUNDLED.includes(name))).toBe(true);
      expect(packages).toEqual(expect.arrayContaining(['zod', 'echarts', 'zrender']));
    },
  );
});
