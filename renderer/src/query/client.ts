import { QueryClient } from '@tanstack/react-query';
import type { Transport } from '../../../shared/api/client';
import type { MethodName } from '../../../shared/api/contract';
import { ApiCallError } from './api-error';
import { areaOfKey, isDataKey, staleAfter } from './invalidation';

/**
 * The renderer's one cache of backend answers. The backend is a local process, so a read is cheap and
 * never flaky: nothing is retried (a refusal is the user's or the data's, and asking again gives the
 * same answer), and nothing is re-read on window focus, only after a change (see `markStale`) or when
 * a screen mounts again.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 0 },
    mutations: { retry: false },
  },
});

/** Marks stale every cached answer of these areas; the ones on screen are read again at once. */
export function markStale(areas: readonly string[]): Promise<void> {
  if (areas.length === 0) return Promise.resolve();
  return queryClient.invalidateQueries({
    predicate: (query) => isDataKey(query.queryKey) && areas.includes(areaOfKey(query.queryKey)),
  });
}

/** Marks stale every cached answer: after the window was away, anything may have changed. */
export function markAllStale(): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => isDataKey(query.queryKey) });
}

/** How many edits were refused as made on an older version, for forms that hold the record they opened on. */
const staleRefusals = { count: 0, listeners: new Set<() => void>() };
export const staleRefusalCount = (): number => staleRefusals.count;
export function onStaleRefusal(listener: () => void): () => void {
  staleRefusals.listeners.add(listener);
  return () => staleRefusals.listeners.delete(listener);
}

/**
 * Every successful change, whichever screen made it and however (`useApiMutation` or a plain
 * `api.*` call in a form), marks stale what it can alter, so every screen shows what is stored. An
 * edit refused as made on an older version tells that someone else changed the same: that too.
 */
export function refreshAfterChanges(transport: Transport): Transport {
  return async (method: MethodName, input, meta) => {
    const result = await transport(method, input, meta);
    if (result.ok) void markStale(staleAfter(method, result.value));
    else if (result.error.code === 'stale_version') {
      void markStale(staleAfter(method, null));
      staleRefusals.count += 1;
      for (const listener of staleRefusals.listeners) listener();
    }
    return result;
  };
}

/** A failed call as the thrown error TanStack Query expects. */
export function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: ApiCallError['apiError'] },
): T {
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
