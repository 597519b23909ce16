import type { ApiError } from '../../../shared/result';

/** A backend refusal carried through TanStack Query, which needs a thrown value; keeps code and issues. */
export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
  }
}

/** The backend's error of a failed query or mutation (already in the UI language), or null. */
export function apiErrorOf(error: unknown): ApiError | null {
  if (error === null || error === undefined) return null;
  if (error instanceof ApiCallError) return error.apiError;
  // A bug in the renderer itself still reaches the screen, never an empty page.
  return { code: 'internal', message: error instanceof Error ? error.message : JSON.stringify(error) };
}
