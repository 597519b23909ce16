import {
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import { currentLanguage, i18n } from '../i18n/i18n';
import { apiErrorOf, type ApiCallError } from './api-error';
import { queryClient, unwrap } from './client';

/** One call by its contract name: `callApi('cases.list', {...})` is `api.cases.list({...})`. */
export function callApi<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<Result<MethodOutput<M>>> {
  const [area, member] = method.split('.') as [string, string];
  const client = api as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<Result<unknown>>>
  >;
  return client[area]![member]!(input) as Promise<Result<MethodOutput<M>>>;
}

/**
 * A cached answer is keyed by method, input and UI language: the backend words names and messages in
 * the language asked, so a language switch reads again. Invalidating `[method]` or an area reaches all.
 */
export const apiKey = <M extends MethodName>(method: M, input: MethodInput<M>, language: string) =>
  [method, input, language] as const;
type ApiKey<M extends MethodName> = ReturnType<typeof apiKey<M>>;

type QueryOptions<M extends MethodName, Data> = Omit<
  UseQueryOptions<MethodOutput<M>, ApiCallError, Data, ApiKey<M>>,
  'queryKey' | 'queryFn'
>;

/**
 * A read through the one cache: `useApiQuery('cases.get', { id })`. `apiError` is the backend's refusal
 * in the UI language (show it with `LoadError`); it is never dropped.
 */
export function useApiQuery<M extends MethodName, Data = MethodOutput<M>>(
  method: M,
  input: MethodInput<M>,
  options: QueryOptions<M, Data> = {},
) {
  const { i18n } = useTranslation(); // subscribes: a language switch re-keys the query
  const language = i18n.resolvedLanguage ?? currentLanguage();
  const query = useQuery({
    ...options,
    queryKey: apiKey(method, input, language),
    queryFn: async ({ queryKey: [, keyed] }) => unwrap(await callApi(method, keyed)),
  });
  return { ...query, apiError: apiErrorOf(query.error) };
}

/**
 * How long an answer read at a click counts as current: the screen mounting a moment later takes it
 * rather than asking again. A change saved anywhere still marks it stale at once (query/client.ts).
 */
export const FRESH_AFTER_READ_MS = 2_000;

/**
 * Starts a read before the screen that shows it renders (at the click that opens it, while the
 * screen's code still runs): the screen's `useApiQuery` then takes the call in flight, or its answer
 * when that is younger than `staleTime`, instead of asking again.
 */
export function prefetchApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  staleTime: number,
): void {
  const language = i18n.resolvedLanguage ?? currentLanguage();
  void queryClient.prefetchQuery({
    queryKey: apiKey(method, input, language),
    queryFn: async ({ queryKey: [, keyed] }) => unwrap(await callApi(method, keyed)),
    staleTime,
  });
}

/** The same read for several inputs at once (one cached answer each): `useApiQueries('cases.list', [...])`. */
export function useApiQueries<M extends MethodName>(method: M, inputs: readonly MethodInput<M>[]) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? currentLanguage();
  return useQueries({
    queries: inputs.map((input) => ({
      queryKey: apiKey(method, input, language),
      queryFn: async (): Promise<MethodOutput<M>> => unwrap(await callApi(method, input)),
    })),
  });
}

/**
 * A change through the one cache: `useApiMutation('cases.forward')`. Whatever it can alter is read
 * again on success (see `refreshAfterChanges`); `apiError` carries the refusal with its field issues.
 */
export function useApiMutation<M extends MethodName, Context = unknown>(
  method: M,
  options: Omit<
    UseMutationOptions<MethodOutput<M>, ApiCallError, MethodInput<M>, Context>,
    'mutationFn'
  > = {},
) {
  const mutation = useMutation({
    ...options,
    mutationFn: async (input: MethodInput<M>) => unwrap(await callApi(method, input)),
  });
  return { ...mutation, apiError: apiErrorOf(mutation.error) };
}

/**
 * Puts an answer the backend just gave into the cache under the query that reads it: an action on a
 * record returns the record, so its page shows it at once (the change still marks it stale).
 */
export function useSetApiData() {
  const client = useQueryClient();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? currentLanguage();
  return <M extends MethodName>(method: M, input: MethodInput<M>, data: MethodOutput<M>) =>
    client.setQueryData(apiKey(method, input, language), data);
}
