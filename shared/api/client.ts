import type { Result } from '../result';
import type { Language } from '../domain/fields';
import { methodNames, type MethodInput, type MethodName, type MethodOutput } from './contract';

/** What travels with every call besides the payload. */
export interface CallMeta {
  language: Language;
  /** The signed-in session's token; absent before sign-in. */
  session?: string;
}

/** A transport moves one call to the backend and brings its result back; it never throws for API errors. */
export type Transport = (method: MethodName, input: unknown, meta: CallMeta) => Promise<Result<unknown>>;

type Namespace<K> = K extends `${infer NS}.${string}` ? NS : never;
type Member<K, NS extends string> = K extends `${NS}.${infer M}` ? M : never;

export type ApiClient = {
  [NS in Namespace<MethodName>]: {
    [M in Member<MethodName, NS>]: `${NS}.${M}` extends infer K extends MethodName
      ? (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>>
      : never;
  };
};

/** `api.cases.list({...})`: the renderer's only way to the backend, whatever carries the call. */
export function createApiClient(transport: Transport, meta: () => CallMeta): ApiClient {
  const client: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of methodNames) {
    const [ns, member] = name.split('.') as [string, string];
    client[ns] ??= {};
    client[ns][member] = (input) => transport(name, input, meta());
  }
  return client as unknown as ApiClient;
}
