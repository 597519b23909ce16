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

const isResult = (body: unknown): body is Result<unknown> =>
  typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';

/** `POST /api/<method>` on the local host; every answer, even an error, is a JSON `Result`. */
export function httpTransport(token: string | null, networkFailure: () => string): Transport {
  const failure = (): Result<unknown> => ({
    ok: false,
    error: { code: 'internal', message: networkFailure() },
  });
  return async (method, input, meta) => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify({ input, meta }),
      });
      const body: unknown = await response.json();
      return isResult(body) ? body : failure();
    } catch {
      // The host is gone or answered something that is not JSON: either way the call did not happen.
      return failure();
    }
  };
}
