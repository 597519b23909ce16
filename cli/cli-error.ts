/** A failure the CLI reports as one line on stderr with its exit code (1 user error, 2 usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    /** Further problems, one per line after the first (e.g. every error of an import file). */
    readonly details: string[] = [],
    /** Print the lines as they are, without the `nadzor:` prefix (problem lists with JSON paths). */
    readonly bare = false,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
