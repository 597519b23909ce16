import { DomainError } from '../errors';
import type { Handlers } from './handler';

/**
 * The connection methods belong to the desktop app, which answers them in its main process
 * (office-client/) before anything reaches a backend. A backend asked for them answers only what it
 * is: one on this computer's SQLite file (the local host, a window opened on a named file) says so;
 * the office server refuses all three — a server never probes addresses or changes where its clients
 * connect.
 */
const notHere = () => Promise.reject(new DomainError('not_available', 'connection.error.notHere'));

export const connectionHandlers = {
  'connection.get': (_input, ctx) =>
    ctx.engine === 'sqlite' ? Promise.resolve({ mode: 'local' as const }) : notHere(),
  'connection.probe': notHere,
  'connection.choose': notHere,
} satisfies Partial<Handlers>;
