import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../../shared/api/client';
import type { ErrorCode, Result } from '../../../shared/result';
import { announceUnlocked, onSessionRefusal, watchSessionRefusals } from './session-refusals';

const answering =
  (result: Result<unknown>): Transport =>
  () =>
    Promise.resolve(result);
const refused = (code: ErrorCode): Result<unknown> => ({ ok: false, error: { code, message: code } });
const meta = { language: 'ru' as const };
const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
};

describe('session refusals', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('tell the gate and keep the refused screen call pending', async () => {
    const listener = vi.fn();
    stop = onSessionRefusal(listener);
    for (const code of ['unauthenticated', 'session_locked', 'password_change_required'] as const) {
      const call = watchSessionRefusals(answering(refused(code)))('cases.list', {}, meta);
      expect(await settled(call)).toBe(false);
      expect(listener).toHaveBeenLastCalledWith({ code, message: code });
    }
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('send a call refused by the lock again once unlocked, in the session it was made in', async () => {
    stop = onSessionRefusal(() => undefined);
    const answers: Result<unknown>[] = [refused('session_locked'), { ok: true, value: 'saved' }];
    const sent: unknown[] = [];
    const transport: Transport = (_method, _input, callMeta) => {
      sent.push(callMeta);
      return Promise.resolve(answers.shift()!);
    };
    const inSession = { language: 'ru' as const, session: 'token-a' };
    const call = watchSessionRefusals(transport)('cases.create', {}, inSession);
    expect(await settled(call)).toBe(false);
    announceUnlocked();
    expect(await call).toEqual({ ok: true, value: 'saved' });
    expect(sent).toEqual([inSession, inSession]);
  });

  it('give the gate its own auth calls back', async () => {
    const listener = vi.fn();
    stop = onSessionRefusal(listener);
    const result = await watchSessionRefusals(answering(refused('session_locked')))(
      'auth.changePassword',
      {},
      meta,
    );
    expect(result).toEqual(refused('session_locked'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('pass every other answer through untouched', async () => {
    const listener = vi.fn();
    stop = onSessionRefusal(listener);
    const forbidden = refused('forbidden');
    expect(await watchSessionRefusals(answering(forbidden))('users.list', {}, meta)).toBe(forbidden);
    const fine: Result<unknown> = { ok: true, value: 1 };
    expect(await watchSessionRefusals(answering(fine))('cases.list', {}, meta)).toBe(fine);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('the connection gate’s own calls', () => {
  it('get their refusal, so a page a server serves learns it has no connection to choose', async () => {
    const answer = await watchSessionRefusals(answering(refused('unauthenticated')))(
      'connection.get',
      {},
      meta,
    );
    expect(answer).toEqual(refused('unauthenticated'));
  });
});
