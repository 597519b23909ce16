import { CommanderError } from 'commander';
import { DatabaseBusyError } from '../db/busy';
import { DatabaseDiskError } from '../db/disk-errors';
import { DomainError } from '../backend/errors';
import { translate } from '../shared/i18n';
import { CliError } from './cli-error';
import { buildProgram } from './program';

/**
 * Commander's own error messages are left out (main prints each as one line); the usage it shows for a
 * command given without its subcommand still goes to stderr.
 */
const quietErrors = { outputError: () => undefined };

/** Every failure ends as one line per problem on stderr and exit 1 (user error) or 2 (usage). */
async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput(quietErrors);
  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput(quietErrors);
    for (const sub of command.commands) {
      sub.exitOverride();
      sub.configureOutput(quietErrors);
    }
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      // No command (or no subcommand) given: its usage was printed to stderr instead.
      if (error.code === 'commander.help') return 2;
      console.error(`nadzor: ${error.message.replace(/^error: /, '')}`);
      return 2;
    }
    if (error instanceof CliError) {
      console.error(error.bare ? error.message : `nadzor: ${error.message}`);
      for (const line of error.details) console.error(line);
      return error.exitCode;
    }
    // A refusal from the backend (unknown district, …) is a user error worded like the API words it.
    if (error instanceof DomainError) {
      console.error(`nadzor: ${translate('en', error.key, error.params)}`);
      for (const issue of error.issues.slice(1))
        console.error(`${issue.path}: ${translate('en', issue.key, issue.params)}`);
      return 1;
    }
    if (error instanceof DatabaseBusyError) {
      console.error(
        `nadzor: ${error.message} (another import, or the app saving); nothing was written: try again when it is done`,
      );
      return 1;
    }
    // The disk refused (full, read-only): the message says that nothing was written, never a stack.
    if (error instanceof DatabaseDiskError) {
      console.error(`nadzor: ${error.message}`);
      return 1;
    }
    console.error(`nadzor: unexpected failure: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
