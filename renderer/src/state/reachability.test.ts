import { afterEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../../shared/api/client';
import type { ErrorCode, Result } from '../../../shared/result';
import { reachability, watchReachability } from './reachability';

const answering =
  (result: Result<unknown>): Transport =>
  () =>
    Promise.resolve(result);
const refused = (code: ErrorCode): Result<unknown> => ({ ok: false, error: { code, message: code } });
const meta = { language: 'ru' as const };

describe('reachability', () => {
  afterEach(() => reachability.set(false));

  it('is marked by an unreachable or certificate-changed answer, which the screen still gets', async () => {
    for (const code of ['unreachable', 'certificate_changed'] as const) {
      reachability.set(false);
      const answer = await watchReachability(answering(refused(code)))('cases.edit', {}, meta);
      expect(answer).toEqual(refused(code));
      expect(reachability.get()).toBe(true);
    }
  });

  it('is left alone by answers and by other refusals', async () => {
    await watchReachability(answering({ ok: true, value: {} }))('cases.list', {}, meta);
    await watchReachability(answering(refused('stale_version')))('cases.edit', {}, meta);
    expect(reachability.get()).toBe(false);
  });
});
