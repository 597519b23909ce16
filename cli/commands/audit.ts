import { Command } from 'commander';
import { CliError } from '../cli-error';
import { withDb, withStore, type DbOption } from '../database';

export function auditCommand(): Command {
  const audit = new Command('audit').description('check the tamper-evident audit trail');
  withDb(audit.command('verify'))
    .description('recompute the hash chain and compare every row with what the trail says it should be')
    .action(async (options: DbOption) => {
      const report = await withStore(options, (store) => store.read((r) => r.audit.verify()), {
        existing: true,
      });
      if (!report.ok) throw new CliError(`audit: FAILED: ${report.problem}`, 1, [], true);
      console.log(`audit: OK (${report.entries} entries)`);
      // The head identifies the whole trail: equal heads, equal trails (a saved export, a migrated copy).
      console.log(`audit: head ${report.headHash}`);
    });
  return audit;
}
