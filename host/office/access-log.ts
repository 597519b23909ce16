import type { IncomingMessage, ServerResponse } from 'node:http';
import { accessOf } from '../../shared/api/permissions';
import { EVENTS, outcomeOf } from '../http-server';

/** What a request is called in the log: a known API method's name, never anything else the client sent. */
function requestName(req: IncomingMessage): string {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith('/api/')) {
    const method = path.slice('/api/'.length);
    if (method === EVENTS) return 'api events';
    return accessOf(method) === undefined ? 'api (unknown method)' : `api ${method}`;
  }
  return req.method === 'GET' || req.method === 'HEAD' ? `${req.method} page` : 'other';
}

/**
 * One line per request: time, the API method's name (or `GET page` for the renderer's files), the HTTP
 * status, how the call ended (`ok` or its error code) and how long it took. Nothing else: no address,
 * no body, no login, no session token, no path beyond the method name, so the log holds no personal data.
 */
export function withAccessLog(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  log: (line: string) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = performance.now();
    const name = requestName(req);
    res.once('close', () => {
      const ms = Math.round(performance.now() - started);
      const outcome = outcomeOf(res);
      log(`${new Date().toISOString()} ${name} ${res.statusCode}${outcome ? ` ${outcome}` : ''} ${ms}ms`);
    });
    listener(req, res);
  };
}
