import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appendEntry } from '../../db/audit/chain';
import { tempDbPath } from '../../db/test-support';
import type { AuditListEntry } from '../../shared/domain/audit-view';
import { pdfText } from '../services/report/testing/pdf-text';
import type { Backend } from '..';
import { caller, openTestBackend, setUpAdmin, signedInAs } from '../test-api';
import { PDF_MAX_ENTRIES } from './audit-trail';

const A = '245100031000123';
const B = '245100031000456';
const C = '245100031000789';
const REASON = 'Дата уточнена по письму суда, исх. "17-2"\nсм. дело';

/**
 * A trail written over two days (20 and 21 November, around midnight UTC so no session idles out):
 * the admin `olga` sets up, the supervisor `dana` registers and corrects cases and imports a file.
 */
async function setup() {
  let clock = new Date('2026-11-20T23:40:00Z');
  const at = (iso: string) => {
    clock = new Date(iso);
  };
  const path = tempDbPath();
  const backend: Backend = await openTestBackend({ dbPath: path, transport: 'http', now: () => clock });
  const session = await setUpAdmin(backend);
  const admin = caller(backend, session);
  const dana = await signedInAs(backend, session, 'supervisor', 'dana');

  at('2026-11-20T23:50:00Z');
  await dana.ok('cases.create', {
    registryNumber: A,
    article: '194',
    district: 'Almaty',
    registeredOn: '2026-10-01',
  });
  await dana.ok('cases.forward', { id: 1, on: '2026-11-02' });
  await admin.ok('settings.setInvestigationDays', { days: 45 });

  at('2026-11-21T00:05:00Z');
  await dana.ok('cases.forward', { id: 1, on: '2026-11-03', reason: REASON });
  await dana.ok('cases.create', {
    registryNumber: B,
    article: '194',
    district: 'Almaty',
    registeredOn: '2026-10-05',
  });
  const exported = JSON.parse((await admin.ok('cases.export', {})).content) as {
    cases: { registryNumber: string }[];
  };
  const file = { ...exported, cases: [{ ...exported.cases[0]!, registryNumber: C }], monitoring: [] };
  const job = await dana.ok('cases.importStart', { content: JSON.stringify(file), fileName: 'c.json' });
  for (let i = 0; i < 500; i += 1) {
    const progress = await dana.ok('cases.importProgress', { jobId: job.jobId });
    if (progress.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }

  at('2026-11-21T00:10:00Z');
  const auditor = await signedInAs(backend, session, 'auditor', 'aida');
  const reporter = await signedInAs(backend, session, 'reporter', 'rita');
  return { path, backend, admin, dana, auditor, reporter, at };
}

type Api = Awaited<ReturnType<typeof setup>>;

/** The whole trail, oldest first, as the list gives it. */
async function wholeTrail(api: Api): Promise<AuditListEntry[]> {
  const page = await api.admin.ok('audit.list', { pageSize: 500 });
  return [...page.items].reverse();
}

describe('audit.list', () => {
  it('lists the whole trail newest first, naming each account', async () => {
    const api = await setup();
    const page = await api.admin.ok('audit.list', {});
    expect(page.items.map((e) => e.seq)).toEqual([...page.items.map((e) => e.seq)].sort((a, b) => b - a));
    expect(page.items.at(-1)).toMatchObject({ seq: 1 });
    const created = page.items.find((e) => e.action === 'case.create' && e.entityLabel === A);
    expect(created).toMatchObject({
      actor: 'user:dana',
      actorName: 'supervisor dana',
      entityType: 'case',
      entityId: '1',
      reason: null,
      importId: null,
    });
    const verify = await api.admin.ok('audit.verify', {});
    expect(verify).toMatchObject({ ok: true, entries: page.total });
    await api.backend.close();
  });

  it('filters by user, days, action, entity and import, alone and combined', async () => {
    const api = await setup();
    const trail = await wholeTrail(api);
    const seqs = (items: AuditListEntry[]) => items.map((e) => e.seq).sort((a, b) => a - b);
    const list = async (filter: Record<string, unknown>) =>
      seqs((await api.admin.ok('audit.list', { ...filter, pageSize: 500 })).items);
    const expected = (keep: (e: AuditListEntry) => boolean) => seqs(trail.filter(keep));

    const byDana = await list({ actor: 'user:dana' });
    expect(byDana.length).toBeGreaterThan(3);
    expect(byDana).toEqual(expected((e) => e.actor === 'user:dana'));

    // Days are inclusive, on this computer's clock (UTC here).
    const day20 = expected((e) => e.at.startsWith('2026-11-20'));
    const day21 = expected((e) => e.at.startsWith('2026-11-21'));
    expect(day20.length).toBeGreaterThan(0);
    expect(day21.length).toBeGreaterThan(0);
    expect(await list({ from: '2026-11-20', to: '2026-11-20' })).toEqual(day20);
    expect(await list({ from: '2026-11-21' })).toEqual(day21);
    expect(await list({ to: '2026-11-20' })).toEqual(day20);
    expect(await list({ from: '2026-11-22' })).toEqual([]);

    expect(await list({ action: 'case.forward' })).toEqual(expected((e) => e.action === 'case.forward'));
    expect(await list({ action: 'case.forward' })).toHaveLength(2);
    expect(await list({ entityType: 'user' })).toEqual(expected((e) => e.entityType === 'user'));

    // An entity by its id or by how people name it: a registry number, a login.
    const caseA = expected((e) => e.entityType === 'case' && e.entityId === '1');
    expect(await list({ entityType: 'case', entityId: '1' })).toEqual(caseA);
    expect(await list({ entityId: A })).toEqual(caseA);
    expect(await list({ entityType: 'case', entityId: ` ${A} ` })).toEqual(caseA);
    expect(await list({ entityType: 'person', entityId: A })).toEqual([]);
    expect(await list({ entityId: 'dana' })).toEqual(
      expected((e) => e.entityType === 'user' && e.entityLabel === 'dana'),
    );
    expect(await list({ entityId: 'no-such-thing' })).toEqual([]);

    const imported = trail.find((e) => e.action === 'import.start')!;
    const importId = Number(imported.entityId);
    const ofImport = await list({ importId });
    expect(ofImport).toEqual(expected((e) => e.importId === importId));
    // The import's own entry belongs to it, so the filtered trail starts where the import began.
    expect(trail.filter((e) => ofImport.includes(e.seq)).map((e) => [e.action, e.entityLabel])).toEqual([
      ['import.start', 'c.json'],
      ['case.import', C],
    ]);

    expect(await list({ actor: 'user:dana', action: 'case.forward', from: '2026-11-21' })).toEqual(
      expected((e) => e.actor === 'user:dana' && e.action === 'case.forward' && e.at >= '2026-11-21'),
    );
    expect(await list({ actor: 'user:dana', action: 'case.forward', from: '2026-11-21' })).toHaveLength(1);
    expect(await list({ actor: 'user:olga', entityType: 'case' })).toEqual([]);
    await api.backend.close();
  });

  it('gives a reference value’s labels as its entry recorded them, for each language to name it by', async () => {
    const api = await setup();
    await api.admin.ok('reference.save', {
      kind: 'tactic',
      name: 'fake-job-offer',
      labels: { ru: 'Ложная вакансия', kk: 'Жалған жұмыс ұсынысы', en: null },
      active: true,
    });
    const { items } = await api.admin.ok('audit.list', { entityType: 'tactic', pageSize: 1 });
    expect(items[0]).toMatchObject({
      entityLabel: 'fake-job-offer',
      entityLabels: { ru: 'Ложная вакансия', kk: 'Жалған жұмыс ұсынысы', en: null },
    });
    const [aCase] = (await api.admin.ok('audit.list', { entityType: 'case', pageSize: 1 })).items;
    expect(aCase).toHaveProperty('entityLabel');
    expect(aCase).not.toHaveProperty('entityLabels');
    await api.backend.close();
  });

  it('pages with the total of the whole filter', async () => {
    const api = await setup();
    const trail = await wholeTrail(api);
    const first = await api.admin.ok('audit.list', { page: 1, pageSize: 3 });
    const second = await api.admin.ok('audit.list', { page: 2, pageSize: 3 });
    expect(first).toMatchObject({ total: trail.length, page: 1, pageSize: 3 });
    expect(second.total).toBe(trail.length);
    const newest = [...trail].reverse().map((e) => e.seq);
    expect([...first.items, ...second.items].map((e) => e.seq)).toEqual(newest.slice(0, 6));
    const beyond = await api.admin.ok('audit.list', { page: 1000, pageSize: 3 });
    expect(beyond).toMatchObject({ total: trail.length, items: [] });
    await api.backend.close();
  });

  it('refuses a filter it cannot read, in the caller’s words', async () => {
    const api = await setup();
    const result = await api.admin.call('audit.list', { from: '2026-13-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await api.backend.close();
  });
});

describe('audit.facets', () => {
  it('lists every actor with the account’s name and every action of the trail', async () => {
    const api = await setup();
    const facets = await api.admin.ok('audit.facets', {});
    expect(facets.actors).toEqual(
      expect.arrayContaining([
        { actor: 'user:olga', name: 'Olga Admin' },
        { actor: 'user:dana', name: 'supervisor dana' },
      ]),
    );
    const trail = await wholeTrail(api);
    expect(facets.actors.map((a) => a.actor)).toEqual([...new Set(trail.map((e) => e.actor))].sort());
    expect(facets.actions).toEqual([...new Set(trail.map((e) => e.action))].sort());
    expect(facets.actions).toEqual(expect.arrayContaining(['case.create', 'case.forward', 'import.start']));
    await api.backend.close();
  });
});

/** A CSV file's records (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe('audit.exportCsv', () => {
  it('writes the filtered trail oldest first, quoted, with the head of the whole chain', async () => {
    const api = await setup();
    const verify = await api.admin.ok('audit.verify', {});
    if (!verify.ok) throw new Error('the trail should verify');
    const trail = await wholeTrail(api);

    const all = await api.admin.ok('audit.exportCsv', {});
    expect(all).toMatchObject({
      fileName: 'nadzor-audit-2026-11-21.csv',
      count: trail.length,
      headSeq: trail.length,
      headHash: verify.headHash,
    });
    expect(all.content.startsWith('\uFEFF')).toBe(true);
    expect(all.content).toContain('\r\n');
    const rows = parseCsv(all.content.slice(1));
    const width = rows[0]!.length;
    expect(width).toBe(12);
    expect(rows.every((r) => r.length === width)).toBe(true);
    expect(rows[0]![0]).toBe('No.');
    const data = rows.slice(1, 1 + trail.length);
    expect(data.map((r) => Number(r[0]))).toEqual(trail.map((e) => e.seq));
    expect(data.at(-1)![11]).toBe(verify.headHash);
    // Each entry's hash is the next one's previous hash: the file is a piece of the chain.
    for (let i = 1; i < data.length; i += 1) expect(data[i]![10]).toBe(data[i - 1]![11]);

    const corrected = data.find((r) => r[8] === REASON)!;
    expect(corrected.slice(0, 9)).toEqual([
      expect.any(String),
      expect.stringMatching(/^2026-11-21T00:05:00\.000Z$/),
      'user:dana',
      'supervisor dana',
      'case.forward',
      'case',
      '1',
      A,
      REASON,
    ]);
    expect(all.content).toContain('"Дата уточнена по письму суда, исх. ""17-2""\nсм. дело"');

    // After the table, one empty row, then what the file is: the head, the count, who and what.
    const about = rows.slice(1 + trail.length);
    expect(about[0]!.every((f) => f === '')).toBe(true);
    const value = (label: string) => about.find((r) => r[0] === label)?.[1];
    expect(value('Head of the chain: entry No.')).toBe(String(verify.entries));
    expect(value('Head of the chain: hash')).toBe(verify.headHash);
    expect(value('Entries in this file')).toBe(String(trail.length));
    expect(value('Exported by')).toBe('Olga Admin (olga)');
    expect(value('Filters')).toBe('None (the whole trail)');

    // A filtered export still names the head of the whole chain.
    const forwards = await api.auditor.ok('audit.exportCsv', { action: 'case.forward', actor: 'user:dana' });
    expect(forwards).toMatchObject({ count: 2, headHash: verify.headHash });
    const filtered = parseCsv(forwards.content.slice(1));
    expect(filtered.slice(1, 3).map((r) => r[4])).toEqual(['case.forward', 'case.forward']);
    expect(filtered.find((r) => r[0] === 'Head of the chain: hash')?.[1]).toBe(verify.headHash);
    expect(filtered.find((r) => r[0] === 'Filters')?.[1]).toBe(
      'User: supervisor dana (dana); action: Forwarding to court recorded',
    );
    expect(filtered.find((r) => r[0] === 'Exported by')?.[1]).toBe('auditor aida (aida)');
    await api.backend.close();
  });

  it('writes its header and notes in the caller’s language', async () => {
    const api = await setup();
    const verify = await api.admin.ok('audit.verify', {});
    const result = await api.backend.dispatch(
      'audit.exportCsv',
      { entityId: A },
      { language: 'ru', session: api.auditor.session },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { content } = result.value as { content: string };
    const rows = parseCsv(content.slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['№', 'Время (UTC, ISO 8601)', 'Источник записи']);
    expect(rows.find((r) => r[0] === 'Последняя запись цепочки: хеш')?.[1]).toBe(
      verify.ok ? verify.headHash : '',
    );
    expect(rows.find((r) => r[0] === 'Отбор')?.[1]).toBe(`Объект: ${A}`);
    await api.backend.close();
  });
});

describe('audit.exportPdf', () => {
  it('prints the filtered trail with the head hash, in the caller’s language', async () => {
    const api = await setup();
    const verify = await api.admin.ok('audit.verify', {});
    if (!verify.ok) throw new Error('the trail should verify');

    const en = await api.auditor.ok('audit.exportPdf', {});
    expect(en).toMatchObject({ fileName: 'nadzor-audit-2026-11-21.pdf', headHash: verify.headHash });
    const pdf = Buffer.from(en.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Audit trail');
    expect(text).toContain(verify.headHash);
    expect(text).toContain(`Head of the chain at export: entry No. ${verify.entries}`);
    expect(text).toContain('Generated by');
    expect(text).toContain('auditor aida (aida)');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('Forwarding to court recorded');
    expect(text).toContain(`Case ${A}`);

    const ru = await api.backend.dispatch(
      'audit.exportPdf',
      { action: 'case.forward' },
      { language: 'ru', session: api.auditor.session },
    );
    if (!ru.ok) throw new Error(JSON.stringify(ru));
    const ruText = pdfText(Buffer.from((ru.value as { pdfBase64: string }).pdfBase64, 'base64'));
    expect(ruText).toContain('Журнал аудита');
    expect(ruText).toContain(verify.headHash);
    expect(ruText).toContain('Страница 1 из 1');
    expect(ruText).toMatch(/2 записи/);
    await api.backend.close();
  });

  it('refuses more entries than a PDF holds, and points to CSV', async () => {
    const api = await setup();
    // Entries straight into the chain: the count is what matters here, not what they say.
    const db = new Database(api.path);
    db.transaction(() => {
      for (let i = 0; i <= PDF_MAX_ENTRIES; i += 1) {
        appendEntry(db, {
          at: '2026-11-21T00:10:00.000Z',
          actor: 'cli:bulk',
          action: 'settings.language',
          entityType: 'setting',
          entityId: 'language',
          before: null,
          after: { key: 'language', value: 'ru' },
          reason: null,
        });
      }
    })();
    db.close();
    const refused = await api.auditor.call('audit.exportPdf', { actor: 'cli:bulk' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'rule_violation',
        message: `The filtered trail has ${(PDF_MAX_ENTRIES + 1).toLocaleString('en-GB')} entries; a PDF holds at most ${PDF_MAX_ENTRIES.toLocaleString('en-GB')}. Narrow the filters or export CSV.`,
      },
    });
    const csv = await api.auditor.ok('audit.exportCsv', { actor: 'cli:bulk' });
    expect(csv.count).toBe(PDF_MAX_ENTRIES + 1);
    await api.backend.close();
  });
});

describe('audit.exportXlsx', () => {
  it('holds the CSV’s rows as a spreadsheet: numbers as numbers, a reason as text, then what the file is', async () => {
    const api = await setup();
    const verify = await api.admin.ok('audit.verify', {});
    if (!verify.ok) throw new Error('the trail should verify');
    const trail = await wholeTrail(api);
    const result = await api.backend.dispatch(
      'audit.exportXlsx',
      {},
      { language: 'ru', session: api.auditor.session },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const file = result.value as { fileName: string; count: number; headHash: string; xlsxBase64: string };
    expect(file).toMatchObject({
      fileName: 'nadzor-audit-2026-11-21.xlsx',
      count: trail.length,
      headHash: verify.headHash,
    });

    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(file.xlsxBase64, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Журнал аудита')!;
    const cell = (row: number, column: number) => sheet.getRow(row).getCell(column).value;
    expect([1, 2, 3].map((column) => cell(1, column))).toEqual([
      '№',
      'Время (UTC, ISO 8601)',
      'Источник записи',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const seqs = trail.map((_, i) => cell(2 + i, 1));
    expect(seqs).toEqual(trail.map((e) => e.seq));
    const corrected = trail.findIndex((e) => e.reason === REASON) + 2;
    expect(cell(corrected, 2)).toBe('2026-11-21T00:05:00.000Z');
    expect(cell(corrected, 9)).toBe(REASON);
    expect(cell(1 + trail.length, 12)).toBe(verify.headHash);
    // After one empty row, the head of the chain and who exported it.
    const aboutRow = 1 + trail.length + 2;
    expect([cell(aboutRow, 1), cell(aboutRow, 2)]).toEqual(['Последняя запись цепочки: №', verify.entries]);
    expect([cell(aboutRow + 1, 1), cell(aboutRow + 1, 2)]).toEqual([
      'Последняя запись цепочки: хеш',
      verify.headHash,
    ]);
    await api.backend.close();
  });

  it('a reason typed as a formula stays text in its cell', async () => {
    const api = await setup();
    await api.dana.ok('cases.forward', { id: 1, on: '2026-11-04', reason: '=HYPERLINK("http://x","y")' });
    const { xlsxBase64 } = await api.auditor.ok('audit.exportXlsx', { action: 'case.forward' });
    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(xlsxBase64, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const reason = workbook.worksheets[0]!.getRow(4).getCell(9);
    expect(reason.type).toBe(ExcelJS.ValueType.String);
    expect(reason.value).toBe('=HYPERLINK("http://x","y")');
    await api.backend.close();
  });
});

describe('who may read the trail', () => {
  it('lets an auditor list, verify and export, and refuses a supervisor and a reporter', async () => {
    const api = await setup();
    const methods = [
      'audit.list',
      'audit.facets',
      'audit.verify',
      'audit.exportCsv',
      'audit.exportXlsx',
      'audit.exportPdf',
    ];
    for (const method of methods) {
      expect(await api.auditor.call(method, {}), method).toMatchObject({ ok: true });
      for (const who of [api.dana, api.reporter]) {
        expect(await who.call(method, {}), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    await api.backend.close();
  });

  it('lets an auditor check a printed head, refuses a supervisor, and refuses a malformed one at its field', async () => {
    const api = await setup();
    const db = new Database(api.path, { readonly: true });
    const first = db.prepare('SELECT hash FROM audit_log WHERE seq = 1').get() as { hash: string };
    db.close();
    expect(await api.auditor.ok('audit.checkAnchor', { count: 1, hash: first.hash })).toMatchObject({
      ok: true,
      anchor: { count: 1, hash: first.hash, holds: true },
    });
    expect(await api.dana.call('audit.checkAnchor', { count: 1, hash: first.hash })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await api.auditor.call('audit.checkAnchor', { count: 1, hash: 'abc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'hash', key: 'errors.anchorHash' }] },
    });
    expect(await api.auditor.call('audit.checkAnchor', { count: 0, hash: first.hash })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'count' }] },
    });
    await api.backend.close();
  });
});
