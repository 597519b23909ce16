import type { Transport } from '../../shared/api/client';
import type { Result } from '../../shared/result';

const TOKEN_KEY = 'nadzor.sessionToken';

/**
 * The local host opens the page as `/?token=<hex>`. Take the token once, keep it for this tab only
 * (so a reload still works) and drop it from the address bar so it is not bookmarked or shown.
 */
export function takeSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) {
    sessionStorage.setItem(TOKEN_KEY, fromQuery);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The local host's start token taken by `takeSessionToken` (null on the office server). */
export const hostToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);

const isResult = (body: unknown): body is Result<unknown> =>
  typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';

/** What the transport itself has to say, in the UI language. */
export interface TransportWords {
  /** The host did not answer. */
  network: () => string;
  /** The local host refused the call: the page was opened without its token (or with another start's). */
  wrongToken: () => string;
}

/**
 * `POST /api/<method>` on the local host, or on the office server (which has no start token: its
 * clients sign in with their accounts); every answer, even an error, is a JSON `Result`.
 */
export function httpTransport(token: string | null, words: TransportWords): Transport {
  const failure = (): Result<unknown> => ({
    ok: false,
    error: { code: 'internal', message: words.network() },
  });
  // The host words its refusal for programs, in English; a person needs to know which address to open.
  const refused = (): Result<unknown> => ({
    ok: false,
    error: { code: 'unauthorized', message: words.wrongToken() },
  });
  return async (method, input, meta) => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          // What a server's refusal made before it reads the body (too large) is worded in.
          'Accept-Language': meta.language,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ input, meta }),
      });
      if (response.status === 401) return refused();
      const body: unknown = await response.json();
      return isResult(body) ? body : failure();
    } catch {
      // The host is gone or answered something that is not JSON: either way the call did not happen.
      return failure();
    }
  };
}
