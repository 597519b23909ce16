import { describe, expect, it } from 'vitest';
import { SignInLimit } from './sign-in-limit';

describe('sign-in limit per address', () => {
  const at = (iso: string) => new Date(iso);

  it('refuses the fourth attempt of three in 15 minutes until the first leaves the window', () => {
    let now = at('2026-03-02T10:00:00Z');
    const limit = new SignInLimit({ attempts: 3, minutes: 15, now: () => now });
    for (const minute of ['10:00', '10:05', '10:10']) {
      now = at(`2026-03-02T${minute}:00Z`);
      expect(limit.take('10.0.0.7').ok).toBe(true);
    }
    now = at('2026-03-02T10:14:59Z');
    expect(limit.take('10.0.0.7')).toEqual({ ok: false, retryAt: at('2026-03-02T10:15:00Z') });
    // Another computer is not held back.
    expect(limit.take('10.0.0.8').ok).toBe(true);
    now = at('2026-03-02T10:15:00Z');
    expect(limit.take('10.0.0.7').ok).toBe(true);
  });

  it('gives an attempt back when the password was right', () => {
    const now = at('2026-03-02T10:00:00Z');
    const limit = new SignInLimit({ attempts: 2, minutes: 15, now: () => now });
    for (let i = 0; i < 5; i += 1) {
      const attempt = limit.take('10.0.0.7');
      if (!attempt.ok) throw new Error(`attempt ${i} refused`);
      attempt.release();
    }
    expect(limit.take('10.0.0.7').ok).toBe(true);
    expect(limit.take('10.0.0.7').ok).toBe(true);
    expect(limit.take('10.0.0.7').ok).toBe(false);
  });
});
