import { DomainError } from '../errors';
import type { Handlers } from './handler';

/**
 * The connection methods belong to the desktop app, which answers them in its main process
 * (office-client/) before anything reaches a backend. A backend asked for them, the office server's
 * above all, refuses: a server never probes addresses or changes where its clients connect.
 */
const notHere = () => Promise.reject(new DomainError('not_available', 'connection.error.notHere'));

export const connectionHandlers = {
  'connection.get': notHere,
  'connection.probe': notHere,
  'connection.choose': notHere,
} satisfies Partial<Handlers>;
