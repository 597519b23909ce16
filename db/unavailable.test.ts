import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a server that is gone, stopping, starting or unreachable', () => {
    for (const error of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('read ECONNRESET', 'ECONNRESET'),
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('the database system is starting up', '57P03'),
      withCode('connection failure', '08006'),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Connection terminated due to connection timeout'),
    ])
      expect(isDatabaseUnavailable(error), error.message).toBe(true);
  });

  it('leaves every other failure to be reported as it is', () => {
    for (const error of [
      withCode('duplicate key value violates unique constraint "cases_registry_number_key"', '23505'),
      withCode('deadlock detected', '40P01'),
      withCode('syntax error at or near "SELEC"', '42601'),
      new Error('Cannot use a pool after calling end on the pool'),
      new Error('Client was closed and is not queryable'),
      'ECONNREFUSED',
      undefined,
    ])
      expect(isDatabaseUnavailable(error), String(error)).toBe(false);
  });
});
