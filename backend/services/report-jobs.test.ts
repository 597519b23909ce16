import { describe, expect, it } from 'vitest';
import { openSignedIn } from '../test-api';
import { tempDbPath } from '../../db/test-support';
import type { ReportJob } from '../../shared/domain/report';
import { pdfText } from './report/testing/pdf-text';

async function demoBackend() {
  const backend = await openSignedIn({ dbPath: tempDbPath(), transport: 'http' });
  const filled = await backend.dispatch('demo.fill', {}, undefined);
  expect(filled.ok).toBe(true);
  return backend;
}

describe('reports.pdfStart / reports.pdfProgress', () => {
  it('runs in the background, reports rising progress, and hands over the PDF when done', async () => {
    const backend = await demoBackend();
    const started = await backend.dispatch('reports.pdfStart', { year: 2024, language: 'kk' }, undefined);
    expect(started).toMatchObject({ ok: true, value: { state: 'running', percent: 0 } });
    const { jobId } = (started as { value: ReportJob }).value;
    const seen: number[] = [];
    let job: ReportJob | undefined;
    for (let i = 0; i < 400; i++) {
      const polled = await backend.dispatch('reports.pdfProgress', { jobId }, undefined);
      expect(polled.ok).toBe(true);
      job = (polled as { value: ReportJob }).value;
      seen.push(job.percent);
      if (job.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(job).toMatchObject({
      state: 'done',
      percent: 100,
      fileName: 'nadzor-review-2024-extortion-kk.pdf',
    });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Buffer.from(job!.pdfBase64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // Who made it, as the History names people: the account's name and login, not "user:olga".
    const text = pdfText(Buffer.from(job!.pdfBase64!, 'base64'));
    expect(text).toContain('Olga Admin (olga)');
    expect(text).not.toContain('user:olga');
    await backend.close();
  });

  it('refuses an unknown district at once, and a job it does not know', async () => {
    const backend = await demoBackend();
    const refused = await backend.dispatch(
      'reports.pdfStart',
      { year: 2024, district: 'Atlantis', language: 'en' },
      { language: 'en' },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(!refused.ok && refused.error.message).toMatch(/Atlantis/);
    const unknown = await backend.dispatch(
      'reports.pdfProgress',
      { jobId: '00000000-0000-4000-8000-000000000000' },
      { language: 'en' },
    );
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'This report is no longer known; generate it again' },
    });
    await backend.close();
  });
});
