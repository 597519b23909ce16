import type { ErrorCode } from '../shared/result';

export interface IssueSpec {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * A refusal a person can act on: a stable code, an i18n key for the whole error, and the fields it
 * concerns. The dispatcher words it in the caller's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly issues: IssueSpec[] = [],
  ) {
    super(key);
    this.name = 'DomainError';
  }

  /** A rule broken by one field: the error is worded by that field's message. */
  static field(code: ErrorCode, issue: IssueSpec): DomainError {
    return new DomainError(code, issue.key, issue.params ?? {}, [issue]);
  }
}
