import { Command } from 'commander';
import { CliError } from '../cli-error';
import { withDb } from '../database';

/**
 * Commands of the interchange contract whose features arrive with later work. They parse their
 * options like the real ones and say plainly that they are not available yet.
 */
export function notYetAvailable(
  name: string,
  args: string,
  description: string,
  options: [string, string][],
): Command {
  const command = withDb(new Command(name).description(`${description} (not available yet)`));
  if (args) command.arguments(args);
  for (const [flags, text] of options) command.option(flags, text);
  return command.action(() => {
    throw new CliError(`'${name}' is not available yet in this version of Nadzor`);
  });
}
