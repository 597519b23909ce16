import type { MessageBoxOptions, OpenDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { openAtStartup, type StartupDatabase } from './startup-recovery';

const ownFile = '/data/nadzor.sqlite';

/** A refusal as the backend process sends it (BackendStartError), with what happened to it. */
function refused(key: string, params: Record<string, unknown> = {}, backup?: { at: string; cases: number }) {
  const seen = { restored: 0, ended: 0 };
  const error = Object.assign(new Error(key), {
    key,
    params,
    end: () => void seen.ended++,
    ...(backup && {
      restoreOffer: {
        ...backup,
        restore: () => {
          seen.restored++;
          return Promise.resolve('/backups/nadzor-damaged.sqlite');
        },
      },
    }),
  });
  return { error, seen };
}

const damaged = () => refused('errors.dbDamaged', { detail: 'page 7 is never used' });
const foreign = () => refused('errors.dbNotNadzor');

/**
 * A start scripted like a person at the dialogs: `outcomes` says, per file, what each start gives (a
 * refusal, or the backend when absent); `answers` are the buttons pressed, by their label, and the files
 * picked in the open dialog (null: cancelled).
 */
function scripted(options: {
  outcomes: Record<string, Error[]>;
  answers: (string | { pick: string | null })[];
  remembered?: string | null;
  files?: string[];
  namedPath?: string;
}) {
  const log = {
    started: [] as [string, boolean][],
    boxes: [] as MessageBoxOptions[],
    openDialogs: [] as OpenDialogOptions[],
    remembered: [] as (string | null)[],
  };
  const answers = [...options.answers];
  const deps: StartupDatabase<string> = {
    language: 'en',
    defaultPath: ownFile,
    namedPath: options.namedPath,
    remembered: options.remembered ?? null,
    exists: (path) => (options.files ?? []).includes(path),
    start: (dbPath, named) => {
      log.started.push([dbPath, named]);
      const refusal = options.outcomes[dbPath]?.shift();
      return refusal ? Promise.reject(refusal) : Promise.resolve(`backend on ${dbPath}`);
    },
    remember: (dbPath) => void log.remembered.push(dbPath),
    showMessageBox: (box) => {
      log.boxes.push(box);
      if (!box.buttons) return Promise.resolve({ response: 0 });
      const answer = answers.shift();
      if (typeof answer !== 'string') throw new Error(`no answer scripted for "${box.message}"`);
      const response = box.buttons.indexOf(answer);
      if (response < 0) throw new Error(`no button "${answer}" among ${box.buttons.join(', ')}`);
      return Promise.resolve({ response });
    },
    showOpenDialog: (dialog) => {
      log.openDialogs.push(dialog);
      const answer = answers.shift();
      if (typeof answer !== 'object') throw new Error('no file scripted for the open dialog');
      return Promise.resolve(
        answer.pick ? { canceled: false, filePaths: [answer.pick] } : { canceled: true, filePaths: [] },
      );
    },
  };
  return { deps, log };
}

describe('a refused database at startup', () => {
  it('opens the usual file without a question when nothing is wrong', async () => {
    const { deps, log } = scripted({ outcomes: {}, answers: [] });
    await expect(openAtStartup(deps)).resolves.toBe('backend on /data/nadzor.sqlite');
    expect(log.started).toEqual([[ownFile, false]]);
    expect(log.boxes).toEqual([]);
    expect(log.remembered).toEqual([]);
  });

  it('restores the latest good backup of a damaged file, then opens it again', async () => {
    const first = refused(
      'errors.dbDamaged',
      { detail: 'page 7 is never used' },
      {
        at: '2026-12-04T18:30:00.000Z',
        cases: 52,
      },
    );
    const { deps, log } = scripted({
      outcomes: { [ownFile]: [first.error] },
      answers: ['Restore the latest good backup'],
    });
    await expect(openAtStartup(deps)).resolves.toBe('backend on /data/nadzor.sqlite');
    const [question, done] = log.boxes;
    expect(question?.message).toBe(
      'The database file is damaged (integrity check: page 7 is never used). It was left untouched; restore a copy made before the damage.',
    );
    expect(question?.detail).toContain('holds 52 cases');
    expect(question?.buttons).toEqual(['Restore the latest good backup', 'Open another file…', 'Quit']);
    expect(done?.message).toContain('the damaged file is kept as /backups/nadzor-damaged.sqlite');
    expect(first.seen).toEqual({ restored: 1, ended: 1 });
    // The app's own file again, with its usual choice of this computer or the office server.
    expect(log.started).toEqual([
      [ownFile, false],
      [ownFile, false],
    ]);
    expect(log.remembered).toEqual([]);
  });

  it('opens another file the person picks, and remembers it, saying so', async () => {
    const first = damaged();
    const { deps, log } = scripted({
      outcomes: { [ownFile]: [first.error] },
      answers: ['Open another file…', { pick: '/archive/unit.sqlite' }],
    });
    await expect(openAtStartup(deps)).resolves.toBe('backend on /archive/unit.sqlite');
    expect(log.boxes[0]?.buttons).toEqual(['Open another file…', 'Quit']);
    expect(log.boxes[0]?.detail).toBe(
      'Nothing was written to /data/nadzor.sqlite. Open another Nadzor database file, or quit.',
    );
    expect(log.openDialogs[0]?.defaultPath).toBe('/data');
    expect(log.openDialogs[0]?.filters?.[0]).toEqual({
      name: 'Nadzor databases (SQLite)',
      extensions: ['sqlite', 'sqlite3', 'db'],
    });
    expect(log.started).toEqual([
      [ownFile, false],
      ['/archive/unit.sqlite', true],
    ]);
    expect(log.remembered).toEqual(['/archive/unit.sqlite']);
    expect(log.boxes[1]?.message).toBe(
      'Nadzor now works on /archive/unit.sqlite and will open it at the next starts too.',
    );
    expect(log.boxes[1]?.detail).toBe('The file it could not open, /data/nadzor.sqlite, was left untouched.');
    expect(first.seen.ended).toBe(1);
  });

  it('asks again when the other file is refused too, until one opens', async () => {
    const { deps, log } = scripted({
      outcomes: {
        [ownFile]: [refused('errors.dbTooNew', { found: 40, supported: 31 }).error],
        '/usb/notes.sqlite': [foreign().error],
      },
      answers: [
        'Open another file…',
        { pick: '/usb/notes.sqlite' },
        'Open another file…',
        { pick: null }, // cancelled: the same question again
        'Open another file…',
        { pick: '/archive/unit.sqlite' },
      ],
    });
    await expect(openAtStartup(deps)).resolves.toBe('backend on /archive/unit.sqlite');
    expect(log.started.map(([file]) => file)).toEqual([ownFile, '/usb/notes.sqlite', '/archive/unit.sqlite']);
    const questions = log.boxes.filter((box) => box.buttons);
    expect(questions.map((box) => box.message)).toEqual([
      'This database was written by a newer version of Nadzor (schema 40, this version knows up to 31). It was left untouched; update Nadzor to open it.',
      'This file is not a Nadzor database; it was left untouched.',
      'This file is not a Nadzor database; it was left untouched.',
    ]);
    expect(log.remembered).toEqual(['/archive/unit.sqlite']);
  });

  it('quits when the person chooses to, having written nothing and remembered nothing', async () => {
    const first = damaged();
    const { deps, log } = scripted({ outcomes: { [ownFile]: [first.error] }, answers: ['Quit'] });
    await expect(openAtStartup(deps)).resolves.toBeNull();
    expect(log.started).toEqual([[ownFile, false]]);
    expect(log.openDialogs).toEqual([]);
    expect(log.remembered).toEqual([]);
    expect(first.seen).toEqual({ restored: 0, ended: 1 });
  });

  it('offers no restore for a foreign file without a backup, and closing the box quits', async () => {
    const { deps, log } = scripted({ outcomes: { [ownFile]: [foreign().error] }, answers: ['Quit'] });
    await expect(openAtStartup(deps)).resolves.toBeNull();
    expect(log.boxes[0]?.buttons).toEqual(['Open another file…', 'Quit']);
    expect(log.boxes[0]?.cancelId).toBe(1);
  });

  it('asks again without the restore when the backup cannot be put back', async () => {
    const first = refused('errors.dbDamaged', { detail: 'x' }, { at: '2026-12-04T18:30:00.000Z', cases: 3 });
    first.error.restoreOffer!.restore = () => Promise.reject(new Error('the backup folder is gone'));
    const { deps, log } = scripted({
      outcomes: { [ownFile]: [first.error] },
      answers: ['Restore the latest good backup', 'Quit'],
    });
    await expect(openAtStartup(deps)).resolves.toBeNull();
    expect(log.boxes[1]?.message).toBe('The backup could not be put back: the backup folder is gone');
    expect(log.boxes[2]?.buttons).toEqual(['Open another file…', 'Quit']);
  });

  it('lets any other startup failure through to the caller', async () => {
    const { deps, log } = scripted({
      outcomes: { [ownFile]: [Object.assign(new Error('ended'), { key: 'app.backendStopped' })] },
      answers: [],
    });
    await expect(openAtStartup(deps)).rejects.toThrow('ended');
    expect(log.boxes).toEqual([]);
  });
});

describe('the remembered file', () => {
  it('is opened as it is at the next start', async () => {
    const { deps, log } = scripted({
      outcomes: {},
      answers: [],
      remembered: '/archive/unit.sqlite',
      files: ['/archive/unit.sqlite'],
    });
    await expect(openAtStartup(deps)).resolves.toBe('backend on /archive/unit.sqlite');
    expect(log.started).toEqual([['/archive/unit.sqlite', true]]);
    expect(log.boxes).toEqual([]);
  });

  it('is forgotten, with a word, when it is gone: the app opens its own file', async () => {
    const { deps, log } = scripted({ outcomes: {}, answers: [], remembered: '/usb/unit.sqlite' });
    await expect(openAtStartup(deps)).resolves.toBe('backend on /data/nadzor.sqlite');
    expect(log.remembered).toEqual([null]);
    expect(log.boxes[0]?.message).toBe(
      'The database file chosen earlier, /usb/unit.sqlite, is no longer there (moved, deleted, or on a disk that is not connected).',
    );
    expect(log.boxes[0]?.detail).toBe('Nadzor opens its own file /data/nadzor.sqlite instead, from now on.');
    expect(log.started).toEqual([[ownFile, false]]);
  });

  it('is forgotten when the person picks the app’s own file again', async () => {
    const { deps, log } = scripted({
      outcomes: { '/archive/unit.sqlite': [damaged().error] },
      answers: ['Open another file…', { pick: ownFile }],
      remembered: '/archive/unit.sqlite',
      files: ['/archive/unit.sqlite'],
    });
    await expect(openAtStartup(deps)).resolves.toBe('backend on /data/nadzor.sqlite');
    expect(log.remembered).toEqual([null]);
    expect(log.boxes).toHaveLength(1);
  });

  it('is never written when NADZOR_DB names the file', async () => {
    const { deps, log } = scripted({
      outcomes: { '/tmp/test.sqlite': [foreign().error] },
      answers: ['Open another file…', { pick: '/archive/unit.sqlite' }],
      namedPath: '/tmp/test.sqlite',
      remembered: '/elsewhere.sqlite',
      files: ['/elsewhere.sqlite'],
    });
    await expect(openAtStartup(deps)).resolves.toBe('backend on /archive/unit.sqlite');
    expect(log.started).toEqual([
      ['/tmp/test.sqlite', true],
      ['/archive/unit.sqlite', true],
    ]);
    expect(log.remembered).toEqual([]);
  });
});
