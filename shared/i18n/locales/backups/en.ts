/** Settings → Backups, and the backend's words on backups and restores. */
const backups = {
  title: 'Backups',
  intro:
    'A backup is a checked copy of the whole database: cases, the register, accounts, settings, reference data, review texts and the audit trail. Nadzor makes one at the first start of each day and at exit.',
  folderNow: 'Backups are kept in {{folder}}',
  backUpNow: 'Back up now',
  made: 'Backup made and checked: {{file}}',
  empty: 'No backups yet',
  lastFailure: 'The automatic backup of {{at}} failed: {{message}}',
  column: {
    at: 'Made',
    kind: 'Kind',
    cases: 'Cases',
    size: 'Size',
    head: 'Audit trail head',
    actions: 'Actions',
  },
  kind: { backup: 'Backup', beforeRestore: 'Kept before a restore' },
  size: '{{mb}} MB',
  head: '{{entries}} entries, {{hash}}…',
  notRecorded: 'not recorded',
  restore: 'Restore…',
  restoreOf: 'Restore the backup of {{at}}',
  confirm: {
    title: 'Restore the backup of {{at}}?',
    holds: 'The backup holds:',
    cases: 'Cases: {{n}}',
    users: 'Accounts: {{n}}',
    entries: 'Audit trail: {{n}} entries, head {{hash}}',
    lastChange: 'Last change: {{at}} by {{who}}',
    noChange: 'No change recorded',
    keep: 'The database as it is now is kept as a backup first. Everyone signs in again afterwards.',
    ok: 'Restore',
    cancel: 'Cancel',
  },
  restored: 'The backup was restored; the database as it was is kept as {{file}}. Sign in again.',
  settings: {
    title: 'Backup folder and rotation',
    folder: 'Backup folder',
    folderHint: 'A second disk or a network share, as a full path; empty: {{folder}}',
    keepDaily: 'Days with a backup kept',
    keepMonthly: 'Months with a backup kept',
    save: 'Set folder and rotation',
    saved: 'Backup settings saved',
  },
  startup: {
    offer:
      'Nothing was written to it. The latest good backup, of {{at}}, holds {{cases}} cases: put it back in place of {{file}}? The damaged file is kept beside the backups.',
    restore: 'Restore the latest good backup',
    quit: 'Quit',
    restored: 'The backup of {{at}} was restored; the damaged file is kept as {{file}}. Nadzor starts again.',
    open: 'Open another file…',
    untouched: 'Nothing was written to {{file}}. Open another Nadzor database file, or quit.',
    restoreFailed: 'The backup could not be put back: {{detail}}',
    openTitle: 'Open a Nadzor database file',
    sqliteFiles: 'Nadzor databases (SQLite)',
    allFiles: 'All files',
    chosenKept: 'Nadzor now works on {{file}} and will open it at the next starts too.',
    refusedKept: 'The file it could not open, {{file}}, was left untouched.',
    chosenGone:
      'The database file chosen earlier, {{file}}, is no longer there (moved, deleted, or on a disk that is not connected).',
    ownFile: 'Nadzor opens its own file {{file}} instead, from now on.',
  },
  error: {
    unexpected: 'An unexpected error stopped it ({{detail}}).',
    office:
      'Backups here are of a database file. The office database (PostgreSQL) is backed up by its database administrator with pg_dump.',
    fileName: 'Not the name of a backup',
    noSuchBackup: 'There is no backup {{file}} in the backup folder.',
    checkFailed: 'The backup failed its check and was not kept: {{detail}}',
    cannotWrite: 'The backup could not be written into {{folder}} ({{code}}).',
    folderNotAbsolute: 'Give the full path of the folder',
    folderNotWritable: 'This folder cannot be created or written to ({{code}})',
  },
  refused: {
    damaged:
      'This file cannot be restored: it is damaged (integrity check: {{detail}}). Nothing was changed.',
    tooNew:
      'This file cannot be restored: it was written by a newer version of Nadzor (schema {{found}}, this version knows up to {{supported}}). Nothing was changed.',
    notNadzor: 'This file cannot be restored: it is not a Nadzor database. Nothing was changed.',
    trailBroken:
      'This file cannot be restored: its audit trail does not verify ({{problem}}). Nothing was changed.',
    unreadable: 'This file cannot be restored: it cannot be read ({{detail}}). Nothing was changed.',
    changedMeanwhile: 'This file cannot be restored: it changed while it was read. Nothing was changed.',
  },
};

export default backups;
