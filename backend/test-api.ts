import { openBackend } from '.';
import { tempDbPath } from '../db/test-support';
import type { MethodInput, MethodName, MethodOutput } from '../shared/api/contract';

/**
 * A backend on a fresh database for API tests, answering in English: `call` returns the raw result,
 * `ok` the value of a call that must succeed (typed by the contract). `today` fixes the clock.
 */
export async function openTestApi(today?: string) {
  const path = tempDbPath();
  const backend = await openBackend({
    dbPath: path,
    actor: 'ui:olga',
    transport: 'http',
    ...(today ? { now: () => new Date(today) } : {}),
  });
  const call = (method: string, input: unknown) => backend.dispatch(method, input, { language: 'en' });
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
    return result.value as MethodOutput<M>;
  };
  return { path, backend, call, ok };
}
