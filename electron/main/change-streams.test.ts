import { afterEach, describe, expect, it } from 'vitest';
import { openTestApi, signedInAs } from '../../backend/test-api';
import type { ChangeMessage } from '../../shared/api/bridge';
import { ChangeStreams, type StreamSender } from './change-streams';

const newCase = (registryNumber: string) => ({
  article: '194',
  district: 'Almaty',
  registeredOn: '2024-02-11',
  registryNumber,
});

/** A window as main sees it: its id, and what it was sent, in order. */
function windowWithId(id: number) {
  const heard: ChangeMessage[] = [];
  let wake = () => {};
  const sender: StreamSender = {
    id,
    send: (_channel, message) => {
      heard.push(message);
      wake();
    },
  };
  const until = (count: number) =>
    new Promise<void>((resolve) => {
      wake = () => heard.length >= count && resolve();
      wake();
    });
  return { sender, heard, until };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('ChangeStreams (the Electron window following committed changes over IPC)', () => {
  it('says ready, then announces each committed change by entity, and nothing after the window stops', async () => {
    const api = await openTestApi();
    close = () => api.backend.close();
    const streams = new ChangeStreams(api.backend.watchChanges);
    const window = windowWithId(7);

    await streams.follow(window.sender, 1, { language: 'en', session: api.session });
    expect(window.heard).toEqual([{ stream: 1, kind: 'ready' }]);

    await api.ok('cases.create', newCase('999900000000001'));
    await window.until(2);
    expect(window.heard[1]).toEqual({ stream: 1, kind: 'change', entity: 'case' });

    streams.stopAll(7);
    await api.ok('cases.create', newCase('999900000000002'));
    expect(window.heard).toHaveLength(2);
  });

  it('refuses a window without a session, and ends the stream once its session has signed out', async () => {
    const api = await openTestApi();
    close = () => api.backend.close();
    const streams = new ChangeStreams(api.backend.watchChanges);
    const stranger = windowWithId(1);
    await streams.follow(stranger.sender, 1, { language: 'en' });
    expect(stranger.heard).toEqual([{ stream: 1, kind: 'refused' }]);

    const window = windowWithId(2);
    const other = await signedInAs(api.backend, api.session, 'supervisor', 'sam');
    await streams.follow(window.sender, 5, { language: 'en', session: api.session });
    await api.ok('auth.logout', {});
    // The next change anyone commits finds the session gone: the window hears that its stream ended.
    await other.ok('cases.create', newCase('999900000000004'));
    await window.until(2);
    expect(window.heard).toEqual([
      { stream: 5, kind: 'ready' },
      { stream: 5, kind: 'ended' },
    ]);
  });

  it('a stop that arrives while the stream is being opened wins: nothing is sent, nothing kept', async () => {
    const api = await openTestApi();
    close = () => api.backend.close();
    const streams = new ChangeStreams(api.backend.watchChanges);
    const window = windowWithId(3);
    const opening = streams.follow(window.sender, 1, { language: 'en', session: api.session });
    streams.stop(3, 1);
    await opening;
    await api.ok('cases.create', newCase('999900000000003'));
    expect(window.heard).toEqual([]);
  });
});
