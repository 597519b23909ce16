import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpTransport } from './http-transport';

const words = { network: () => 'Серверная часть не отвечает', wrongToken: () => 'Откройте адрес с ключом' };
const meta = { language: 'ru' as const };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the local host transport', () => {
  it('asks for the right address, in the UI language, when the local host refuses a page opened without its token', async () => {
    const refusal = { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } };
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify(refusal), { status: 401 }));
    vi.stubGlobal('fetch', fetch);
    const result = await httpTransport(null, words)('auth.status', {}, meta);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Откройте адрес с ключом' },
    });
  });

  it('calls without a token header where there is none (the office server: clients sign in instead)', async () => {
    const answer = { ok: true, value: { state: 'signedOut' } };
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify(answer), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await httpTransport(null, words)('auth.status', {}, meta)).toEqual(answer);
    expect(fetch).toHaveBeenCalledWith('/api/auth.status', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'ru' },
      body: JSON.stringify({ input: {}, meta }),
    });
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
