import type { Backend } from '../backend/types';
import type { CallMeta } from '../shared/api/client';
import type { OfficeStatus } from '../shared/domain/connection';
import { language as languageSchema, type Language } from '../shared/domain/fields';
import { defaultLanguage, translate } from '../shared/i18n';
import { fail, type Result } from '../shared/result';
import { forwardCall, forwardChanges, type OfficeTarget } from './forward';
import { connectPinned, LinkError } from './pinned-tls';

/** How often an unreachable server (or one with another certificate) is tried again. */
export const RETRY_MS = 2_000;

export const languageOf = (meta: Partial<CallMeta> | undefined): Language => {
  const parsed = languageSchema.safeParse(meta?.language);
  return parsed.success ? parsed.data : defaultLanguage;
};

/**
 * The office server as the desktop app's backend: every call and the change stream forwarded over a
 * pinned connection (forward.ts), and the server's state kept for the window. Once a call finds the
 * server unreachable, further calls fail at once with `unreachable` (no one waits for a timeout at
 * each click) while a TLS handshake every two seconds tries it again; the first that succeeds puts
 * it back online and calls go through again, without restarting anything. A changed certificate is
 * the same, with `certificate_changed`, until the server presents the confirmed one again.
 */
export class OfficeLink implements Backend {
  private state: OfficeStatus = 'online';
  private reason = '';
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly listeners = new Set<(status: OfficeStatus) => void>();

  constructor(
    readonly target: OfficeTarget,
    private readonly retryMs = RETRY_MS,
  ) {}

  get status(): OfficeStatus {
    return this.state;
  }

  /** Called at each change of status (the tests wait on it; the window asks `connection.get`). */
  onStatus(listener: (status: OfficeStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispatch = async (
    method: string,
    payload: unknown,
    meta: Partial<CallMeta> | undefined,
  ): Promise<Result<unknown>> => {
    if (this.state !== 'online') return this.refusal(languageOf(meta));
    try {
      const answer = await forwardCall(this.target, method, payload, meta);
      if (answer !== 'not_nadzor') return answer;
      this.lost(new LinkError('unreachable', 'not a Nadzor office server'));
    } catch (error) {
      if (!(error instanceof LinkError)) throw error;
      this.lost(error);
    }
    return this.refusal(languageOf(meta));
  };

  watchChanges: Backend['watchChanges'] = async (meta, listener) => {
    if (this.state !== 'online') return this.refusal(languageOf(meta));
    try {
      return await forwardChanges(this.target, meta, listener);
    } catch (error) {
      if (!(error instanceof LinkError)) throw error;
      this.lost(error);
      return this.refusal(languageOf(meta));
    }
  };

  close = (): Promise<void> => {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    return Promise.resolve();
  };

  private refusal(language: Language): Result<never> {
    const { address } = this.target;
    if (this.state === 'certificate_changed')
      return fail({
        code: 'certificate_changed',
        message: translate(language, 'connection.error.certificateChanged', { address }),
      });
    return fail({
      code: 'unreachable',
      message: translate(language, 'connection.error.unreachable', { address, reason: this.reason }),
    });
  }

  private set(status: OfficeStatus): void {
    if (status === this.state) return;
    this.state = status;
    for (const listener of this.listeners) listener(status);
  }

  private lost(error: LinkError): void {
    this.reason = error.kind === 'unreachable' ? error.reason : '';
    this.set(error.kind);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.retry || this.closed) return;
    this.retry = setTimeout(() => void this.tryAgain(), this.retryMs);
    // A pending retry never keeps the process (a CLI, a test) alive.
    this.retry.unref();
  }

  private async tryAgain(): Promise<void> {
    this.retry = null;
    try {
      const { socket } = await connectPinned(this.target.address, this.target.fingerprint);
      socket.destroy();
      this.set('online');
    } catch (error) {
      if (!(error instanceof LinkError)) throw error;
      this.lost(error);
    }
  }
}
