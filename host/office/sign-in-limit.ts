/** Calls that check a password: what one address may try only so often. */
export const PASSWORD_METHODS = new Set(['auth.login', 'auth.unlock', 'auth.changePassword']);

export interface SignInLimitOptions {
  /** Failed password checks one address may make within `minutes`. */
  attempts: number;
  minutes: number;
  now: () => Date;
}

/** Ten failed sign-ins from one address in 15 minutes; the account lockout (five per account) still applies. */
export const SIGN_IN_LIMIT = { attempts: 10, minutes: 15 };

/** Addresses remembered at most; the oldest is forgotten first (a flood of spoofed addresses cannot fill memory). */
const MAX_ADDRESSES = 10_000;

/**
 * Failed password checks per client address, over a sliding window. The account lockout stops guessing
 * one account's password; this stops one computer from trying password after password across many
 * accounts. An attempt is counted when it starts (so attempts sent all at once count too) and given
 * back when the password was right.
 */
export class SignInLimit {
  private readonly attemptsOf = new Map<string, number[]>();

  constructor(private readonly options: SignInLimitOptions) {}

  /** Counts an attempt from `address`, or returns when the next may be made if the address is over the limit. */
  take(address: string): { ok: true; release: () => void } | { ok: false; retryAt: Date } {
    const now = this.options.now().getTime();
    const windowMs = this.options.minutes * 60_000;
    const recent = (this.attemptsOf.get(address) ?? []).filter((at) => now - at < windowMs);
    if (recent.length >= this.options.attempts) {
      this.remember(address, recent);
      return { ok: false, retryAt: new Date(recent[0]! + windowMs) };
    }
    recent.push(now);
    this.remember(address, recent);
    return {
      ok: true,
      release: () => {
        const list = this.attemptsOf.get(address);
        const index = list?.indexOf(now) ?? -1;
        if (list && index >= 0) list.splice(index, 1);
      },
    };
  }

  private remember(address: string, attempts: number[]): void {
    this.attemptsOf.delete(address);
    if (attempts.length === 0) return;
    this.attemptsOf.set(address, attempts);
    if (this.attemptsOf.size > MAX_ADDRESSES) {
      const oldest = this.attemptsOf.keys().next().value;
      if (oldest !== undefined) this.attemptsOf.delete(oldest);
    }
  }
}
