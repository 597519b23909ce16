import { Command, InvalidArgumentError } from 'commander';
import type { TrailAnchor } from '../../shared/domain/audit-view';
import { OUTSIDE_THE_CHAIN } from '../../db/audit/entities';
import { checkAnchorLog } from '../../db/sqlite/backup/anchor-log-check';
import { anchorFailure } from '../../db/sqlite/backup/anchor-log';
import { backupSettings } from '../../db/sqlite/backup/backup-settings';
import { CliError } from '../cli-error';
import { sqliteFile, withDb, withStore, type DbOption } from '../database';

interface VerifyOptions extends DbOption {
  anchor?: TrailAnchor;
}

/** `<count>:<hash>` as printed by `audit verify`, an export or a review PDF; anything else is a usage error. */
export function parseAnchor(value: string): TrailAnchor {
  const match = /^([1-9]\d*):([0-9a-f]{64})$/.exec(value.trim().toLowerCase());
  if (!match)
    throw new InvalidArgumentError('expected <count>:<hash>, an entry number and its 64-hex-digit hash');
  return { count: Number(match[1]), hash: match[2]! };
}

export function auditCommand(): Command {
  const audit = new Command('audit').description('check the tamper-evident audit trail');
  withDb(audit.command('verify'))
    .description('recompute the hash chain and compare every row with what the trail says it should be')
    .option(
      '--anchor <count:hash>',
      'also prove the trail still holds a head printed earlier: entry <count> with hash <hash>',
      parseAnchor,
    )
    .action(async (options: VerifyOptions) => {
      const database = sqliteFile(options);
      const { report, anchors } = await withStore(
        options,
        (store) =>
          store.read(async (r) => {
            const verified = await r.audit.verify(options.anchor);
            // The backups' anchor log (a database file's only): heads written outside the database.
            if (!verified.ok || database === null) return { report: verified, anchors: null };
            const folder = (await backupSettings(r, database)).effectiveFolder;
            return { report: verified, anchors: await checkAnchorLog(folder, r.audit, verified.entries) };
          }),
        { existing: true },
      );
      if (!report.ok) throw new CliError(`audit: FAILED: ${report.problem}`, 1, [], true);
      if (anchors?.problem) throw new CliError(`audit: FAILED: ${anchors.problem}`, 1, [], true);
      console.log(`audit: OK (${report.entries} entries)`);
      // The head identifies the whole trail: equal heads, equal trails (a saved export, a migrated copy).
      console.log(`audit: head ${report.headHash}`);
      console.log(`audit: outside the chain (docs/audit.md): ${OUTSIDE_THE_CHAIN.join(', ')}`);
      if (anchors?.log) console.log(`audit: ${anchors.checked} backup anchor(s) in ${anchors.log} hold`);
      const anchor = report.anchor;
      if (!anchor) return;
      const named = `audit: anchor ${anchor.count}:${anchor.hash}`;
      if (anchor.holds) return void console.log(`${named} holds`);
      throw new CliError(`audit: anchor ${anchorFailure(anchor)}`, 1, [], true);
    });
  return audit;
}
