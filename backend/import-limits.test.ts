import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi } from './test-api';

/*
 * The same hostile files given to the API (the Import screen's path): too large, nested too deep, not
 * JSON. Preview and start refuse each with a message in the caller's language, and nothing is written.
 */

const MIB = 1024 * 1024;

describe('importing a hostile file through the API', () => {
  let api: Awaited<ReturnType<typeof openTestApi>>;
  beforeAll(async () => {
    api = await openTestApi();
  });
  afterAll(() => api.backend.close());

  const written = async () => ({
    cases: (await api.ok('cases.list', {})).total,
    audit: (await api.ok('audit.list', { pageSize: 1 })).total,
  });

  const refusal = async (content: string, language: 'en' | 'ru') => {
    const before = await written();
    const messages: string[] = [];
    const calls = [
      ['cases.importPreview', { content }],
      ['cases.importStart', { content, onConflict: 'refuse' }],
    ] as const;
    for (const [method, input] of calls) {
      const result = await api.backend.dispatch(method, input, { language, session: api.session });
      expect(result.ok, method).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        messages.push(result.error.message);
      }
    }
    expect(await written()).toEqual(before);
    expect(messages[1]).toBe(messages[0]);
    return messages[0];
  };

  it('refuses text over 256 MB in UTF-8, naming its size and the limit', async () => {
    expect(await refusal('x'.repeat(256 * MIB + 1), 'en')).toBe(
      'The file is 257 MB, more than the 256 MB an import takes; split it into smaller files and import each',
    );
  });

  it('refuses 100,000 nested arrays without overflowing the stack, in Russian', async () => {
    expect(await refusal('['.repeat(100_000) + ']'.repeat(100_000), 'ru')).toBe(
      'В файле массивы и объекты вложены глубже 64 уровней (строка 1); файл дел никогда не бывает таким',
    );
  });

  it('refuses malformed JSON by line and column', async () => {
    expect(await refusal('{\n  "format": "nadzor.cases/v1",\n  "cases": [\n', 'en')).toBe(
      'The file is not valid JSON: a closing ] is missing at line 4, column 1',
    );
  });
});
