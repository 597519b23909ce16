/** Why the office server cannot start, worded for the person starting it; `exitCode` 2 for a usage error. */
export class OfficeStartError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
