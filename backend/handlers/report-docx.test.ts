import { describe, expect, it } from 'vitest';
import { docxText, unzipDocx } from '../../shared/report/testing/docx-text';
import { openTestApi, signedInAs } from '../test-api';

describe('reports.docx', () => {
  it('gives the report staff the review as a Word document, named as the review is; a supervisor may not', async () => {
    const api = await openTestApi();
    const reporter = await signedInAs(api.backend, api.session, 'reporter', 'rita');
    const file = await reporter.ok('reports.docx', { year: 2024, district: null, language: 'kk' });
    expect(file.fileName).toBe('nadzor-review-2024-kk.docx');
    const text = docxText((await unzipDocx(Buffer.from(file.docxBase64, 'base64'))).xml);
    // No cases in a fresh database: the key figures are zeros, the sections still numbered.
    expect(text).toContain('1. Негізгі көрсеткіштер');
    expect(text).toContain('Тіркелген қылмыстық істер 0 0');
    const supervisor = await signedInAs(api.backend, api.session, 'supervisor', 'sam');
    expect(await supervisor.call('reports.docx', { year: 2024, language: 'kk' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await api.backend.close();
  });
});
