import type { Backend } from '../backend/types';
import { contract } from '../shared/api/contract';
import type { CallMeta } from '../shared/api/client';
import type { ConnectionChoice, ConnectionInfo } from '../shared/domain/connection';
import type { Language } from '../shared/domain/fields';
import { defaultLanguage, translate } from '../shared/i18n';
import { fail, ok, type ErrorCode } from '../shared/result';
import { checkInput, toFieldIssues } from '../shared/validation';
import { connectionFileIn, readConnection, writeConnection, type StoredConnection } from './connection-file';
import { languageOf, OfficeLink, RETRY_MS } from './office-link';
import { connectPinned, LinkError, probeFingerprint } from './pinned-tls';

export interface ClientOptions {
  /** The app's data folder (Electron's userData, the test host's state folder): connection.json lives here. */
  dataDir: string;
  /** Opens this computer's own database (the SQLite file), when that is the choice. */
  openLocal: () => Promise<Backend>;
  /**
   * Whether this computer already has its own database: an installation from before the office server
   * had no choice to make, and keeps working on its file without being asked.
   */
  hasLocalDatabase?: () => boolean;
  /** How often an unreachable office server is tried again (tests pass a short one). */
  retryMs?: number;
}

/** The desktop app's backend with the connection chosen: its own reading of it, and the office link's. */
export interface ClientBackend extends Backend {
  /** Which database the window works on, worded (a problem with the saved choice) in `language`. */
  connection(language?: Language): ConnectionInfo;
  /** The office link when the choice is the office server (its status, for tests and the window). */
  readonly office: OfficeLink | null;
}

const LOCAL_METHODS = new Set(['connection.get', 'connection.probe', 'connection.choose']);

/**
 * The desktop app's side of the connection: what the window calls, answered either by this computer's
 * SQLite backend or by the office server through a pinned link, as chosen at the first start and kept
 * in `connection.json`. The `connection.*` methods are answered here and never forwarded.
 *
 * Why this gives the window no new powers: after the first start the window can reach only the one
 * server chosen then, at its address and with its confirmed certificate, through the same contract
 * methods as before. Before the choice, `connection.probe` makes a TLS handshake with an address the
 * person typed and returns nothing but the certificate fingerprint (no request is sent, no answer body
 * read), and `connection.choose` only takes a server presenting the fingerprint the person confirmed.
 * Both are refused once a choice is saved, so a page cannot later redirect the app to another server
 * or use it to look around the network; changing the choice is an administrator's act on this computer.
 */
export async function openClient(options: ClientOptions): Promise<ClientBackend> {
  const file = connectionFileIn(options.dataDir);
  let stored: StoredConnection = readConnection(file);
  let inner: Backend | null = null;
  let office: OfficeLink | null = null;

  const use = async (choice: ConnectionChoice): Promise<void> => {
    if (choice.mode === 'local') inner = await options.openLocal();
    else inner = office = new OfficeLink(choice, options.retryMs ?? RETRY_MS);
  };
  if (stored.state === 'none' && options.hasLocalDatabase?.()) {
    writeConnection(file, { mode: 'local' });
    stored = { state: 'chosen', choice: { mode: 'local' } };
  }
  if (stored.state === 'chosen') await use(stored.choice);

  const connection = (language: Language = defaultLanguage): ConnectionInfo => {
    if (stored.state === 'none') return { mode: null };
    if (stored.state === 'unreadable') {
      const { reason } = stored;
      return {
        mode: null,
        problem: translate(language, 'connection.error.fileUnreadable', { file, reason }),
      };
    }
    if (stored.choice.mode === 'local') return { mode: 'local' };
    return { ...stored.choice, status: office?.status ?? 'online' };
  };
  /** One choice at a time: two windows choosing at once must not both open a database. */
  let choosing: Promise<unknown> = Promise.resolve();

  async function answerLocally(method: string, payload: unknown, meta: Partial<CallMeta> | undefined) {
    const language = languageOf(meta);
    // With its key, so a first start's screen words it again when the person switches language.
    const refuse = (code: ErrorCode, key: string, params?: Record<string, string>) =>
      fail({ code, message: translate(language, key, params), key, ...(params ? { params } : {}) });
    if (method === 'connection.get') return ok(connection(language));
    if (stored.state === 'chosen') return refuse('conflict', 'connection.error.alreadyChosen');
    const parsed = checkInput(
      contract[method as 'connection.probe' | 'connection.choose'].input,
      payload ?? {},
    );
    if (!parsed.success)
      return fail({
        code: 'invalid_input',
        message: translate(language, 'errors.invalidInput'),
        key: 'errors.invalidInput',
        issues: toFieldIssues(parsed.error, (key, params) => translate(language, key, params)),
      });
    const linkRefusal = (error: LinkError, address: string) =>
      error.kind === 'certificate_changed'
        ? refuse('certificate_changed', 'connection.error.certificateChanged', { address })
        : refuse('unreachable', 'connection.error.unreachable', { address, reason: error.reason });
    try {
      if (method === 'connection.probe') {
        const { address } = parsed.data as { address: string };
        return ok({ address, fingerprint: await probeFingerprint(address) });
      }
      const choice = parsed.data as ConnectionChoice;
      // The server is asked again: the person confirmed a fingerprint, and it must be the one presented now.
      if (choice.mode === 'office')
        (await connectPinned(choice.address, choice.fingerprint)).socket.destroy();
      await use(choice);
      writeConnection(file, choice);
      stored = { state: 'chosen', choice };
      return ok(connection(language));
    } catch (error) {
      if (error instanceof LinkError) return linkRefusal(error, (parsed.data as { address: string }).address);
      throw error;
    }
  }

  return {
    get office() {
      return office;
    },
    connection,
    dispatch: (method, payload, meta) => {
      if (LOCAL_METHODS.has(method)) {
        const answer = choosing.then(() => answerLocally(method, payload, meta));
        choosing = answer.catch(() => undefined);
        return answer;
      }
      if (!inner)
        return Promise.resolve(
          fail({ code: 'not_available', message: translate(languageOf(meta), 'connection.error.notChosen') }),
        );
      return inner.dispatch(method, payload, meta);
    },
    watchChanges: (meta, listener) =>
      inner
        ? inner.watchChanges(meta, listener)
        : Promise.resolve(
            fail({
              code: 'not_available',
              message: translate(languageOf(meta), 'connection.error.notChosen'),
            }),
          ),
    close: async () => {
      await inner?.close();
    },
  } satisfies ClientBackend;
}
