import { Command } from 'commander';
import { appVersion } from '../backend/version';
import { auditCommand } from './commands/audit';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { notYetAvailable } from './commands/not-yet';

export function buildProgram(): Command {
  const program = new Command('nadzor')
    .description(
      'Nadzor command line: import, export, statistics, reports, audit (see shared/spec/interchange.md)',
    )
    .version(appVersion)
    .showHelpAfterError(false);

  program.addCommand(importCommand());
  program.addCommand(exportCommand());
  program.addCommand(
    notYetAvailable('stats', '', 'print the statistics of a year', [
      ['--year <year>', 'calendar year'],
      ['--district <name>', 'one district'],
      ['--json', 'JSON output'],
    ]),
  );
  program.addCommand(
    notYetAvailable('report', '', 'write the annual review PDF', [
      ['--year <year>', 'calendar year'],
      ['--district <name>', 'one district'],
      ['--lang <lang>', 'ru | kk | en'],
      ['--out <file>', 'output PDF'],
    ]),
  );
  program.addCommand(auditCommand());
  program.addCommand(demoCommand());
  return program;
}
