import { CommanderError } from 'commander';
import { CliError } from './cli-error';
import { buildProgram } from './program';

/** Every failure ends as one line per problem on stderr and exit 1 (user error) or 2 (usage). */
async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: () => undefined });
  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput({ writeErr: () => undefined });
    for (const sub of command.commands) {
      sub.exitOverride();
      sub.configureOutput({ writeErr: () => undefined });
    }
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      console.error(`nadzor: ${error.message.replace(/^error: /, '')}`);
      return 2;
    }
    if (error instanceof CliError) {
      console.error(error.bare ? error.message : `nadzor: ${error.message}`);
      for (const line of error.details) console.error(line);
      return error.exitCode;
    }
    console.error(`nadzor: unexpected failure: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
