import { existsSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../backend/test-api';
import type { Backend } from '../../backend/types';
import type { ChangeEvent, Port, ToBackend, ToMain } from './messages';
import { remoteBackend } from './remote-backend';
import { serveBackend } from './serve-backend';

const newCase = (registryNumber: string) => ({
  article: '194',
  district: 'Almaty',
  registeredOn: '2024-02-11',
  registryNumber,
});

/** A port over a real MessagePort: structured clone between the two ends, as between two processes. */
function portOn<Out, In>(end: MessagePort): Port<Out, In> {
  return { post: (message) => end.postMessage(message), listen: (handler) => end.on('message', handler) };
}

const opened: MessagePort[] = [];
/** `backend` served on one end of a channel, and the main process's stand-in on the other. */
function acrossChannel(backend: Backend) {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  serveBackend(backend, portOn<ToMain, ToBackend>(port1));
  return remoteBackend(portOn<ToBackend, ToMain>(port2));
}

afterEach(() => {
  for (const port of opened.splice(0)) port.close();
});

describe('the backend in its own process, reached over a message port', () => {
  it('answers calls as the backend itself does: values, refusals by code, and the writes are real', async () => {
    const api = await openTestApi();
    const remote = acrossChannel(api.backend);
    const meta = { language: 'en' as const, session: api.session };

    const created = await remote.dispatch('cases.create', newCase('999900000000101'), meta);
    expect(created.ok).toBe(true);
    const listed = await api.ok('cases.list', {});
    expect(listed.items.map((item) => item.registryNumber)).toEqual(['999900000000101']);

    const refused = await remote.dispatch('cases.create', { ...newCase('x'), registeredOn: 'soon' }, meta);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const signedOut = await remote.dispatch('cases.list', {}, { language: 'ru' });
    expect(signedOut).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    expect(existsSync(`${api.path}-wal`)).toBe(true);
    await remote.close();
    // Closed over the port means closed: the write-ahead log is checkpointed and gone with the connection.
    expect(existsSync(`${api.path}-wal`)).toBe(false);
  });

  it('streams committed changes to a signed-in window until it stops, and refuses one without a session', async () => {
    const api = await openTestApi();
    const remote = acrossChannel(api.backend);
    const heard: ChangeEvent[] = [];
    let heardOne = () => {};
    const watched = await remote.watchChanges(
      { language: 'en', session: api.session },
      {
        change: (event) => {
          heard.push(event);
          heardOne();
        },
        ended: () => undefined,
      },
    );
    if (!watched.ok) throw new Error(JSON.stringify(watched));

    const arrived = new Promise<void>((resolve) => (heardOne = resolve));
    await api.ok('cases.create', newCase('999900000000102'));
    await arrived;
    expect(heard).toMatchObject([{ entity: 'case' }]);

    watched.value();
    await api.ok('cases.create', newCase('999900000000103'));
    // A call made after the write has crossed the port both ways: any change sent meanwhile is in.
    await remote.dispatch('cases.list', {}, { language: 'en', session: api.session });
    expect(heard).toHaveLength(1);

    const stranger = await remote.watchChanges({ language: 'en' }, { change: () => {}, ended: () => {} });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await remote.close();
  });

  it('an answer that cannot cross the port, or a backend that throws, is the internal error in the caller’s language', async () => {
    const odd: Backend = {
      dispatch: (method) =>
        method === 'throws'
          ? Promise.reject(new Error('a bug'))
          : Promise.resolve({ ok: true, value: { print: () => 'a function cannot be cloned' } }),
      watchChanges: () => Promise.resolve({ ok: true, value: () => undefined }),
      close: () => Promise.resolve(),
    };
    const remote = acrossChannel(odd);
    const internal = {
      ok: false,
      error: {
        code: 'internal',
        message: 'Произошла ошибка; ничего не сохранено. Подробности — в журнале приложения.',
      },
    };
    expect(await remote.dispatch('uncloneable', {}, { language: 'ru' })).toMatchObject(internal);
    expect(await remote.dispatch('throws', {}, { language: 'ru' })).toMatchObject(internal);
  });

  it('when the backend process is lost, every waiting call and stream is answered, and later calls at once', async () => {
    const sent: ToBackend[] = [];
    // A backend process that takes the messages and never answers, then dies.
    const remote = remoteBackend({ post: (message) => sent.push(message), listen: () => undefined });
    const waiting = remote.dispatch('cases.list', {}, { language: 'en' });
    const opening = remote.watchChanges(
      { language: 'en', session: 's' },
      { change: () => {}, ended: () => {} },
    );
    expect(sent.map((message) => message.kind)).toEqual(['call', 'watch']);

    remote.lost();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await opening).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await remote.dispatch('cases.list', {}, { language: 'en' })).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong; nothing was saved. Details are in the application log.',
      },
    });
    expect(sent).toHaveLength(2);
  });
});
