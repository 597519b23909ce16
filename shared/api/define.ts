import type { z } from 'zod';

/** A method of the API: the zod schema its input must pass, and (as a type only) what it returns. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom field carrying the result type; never read at run time. */
  output?: O;
  /** Whether the method changes data (used by permissions and tests generated from the contract). */
  mutates: boolean;
  /**
   * `own`: acts only on the caller's own session or account (sign in, lock, change one's password,
   * language); every role needs these, so they are kept apart from data changes.
   */
  scope: 'data' | 'own';
}

export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, mutates: false, scope: 'data' });
export const command =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, mutates: true, scope: 'data' });
export const own =
  <O>() =>
  <I extends z.ZodType>(input: I, mutates = true): MethodSpec<I, O> => ({ input, mutates, scope: 'own' });
