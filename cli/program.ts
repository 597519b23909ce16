import { Command } from 'commander';
import { appVersion } from '../backend/version';
import { auditCommand } from './commands/audit';
import { backupCommand } from './commands/backup';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { migrateCommand } from './commands/migrate';
import { reportCommand } from './commands/report';
import { restoreCommand } from './commands/restore';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { usersCommand } from './commands/users';

export function buildProgram(): Command {
  const program = new Command('nadzor')
    .description(
      'Nadzor command line: import, export, statistics, reports, audit (see shared/spec/interchange.md)',
    )
    .version(appVersion)
    .showHelpAfterError(false);

  program.addCommand(importCommand());
  program.addCommand(exportCommand());
  program.addCommand(statsCommand());
  program.addCommand(reportCommand());
  program.addCommand(auditCommand());
  program.addCommand(backupCommand());
  program.addCommand(restoreCommand());
  program.addCommand(demoCommand());
  program.addCommand(usersCommand());
  program.addCommand(serveCommand());
  program.addCommand(migrateCommand());
  return program;
}
