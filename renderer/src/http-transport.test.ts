import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpTransport } from './http-transport';

const words = { network: () => 'Серверная часть не отвечает', wrongToken: () => 'Откройте адрес с ключом' };
const meta = { language: 'ru' as const };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the local host transport', () => {
  it('asks for the right address, in the UI language, when the page was opened without its token', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const result = await httpTransport(null, words)('auth.status', {}, meta);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Откройте адрес с ключом' },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says the same when the host refuses the token (an earlier start’s)', async () => {
    const refusal = { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(refusal), { status: 401 })));
    const result = await httpTransport('old', words)('auth.status', {}, meta);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Откройте адрес с ключом' },
    });
  });

  it('passes the host’s answer on', async () => {
    const answer = { ok: true, value: { state: 'signedOut' } };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(answer), { status: 200 })));
    expect(await httpTransport('abc', words)('auth.status', {}, meta)).toEqual(answer);
  });
});
