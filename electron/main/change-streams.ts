import type { Backend } from '../../backend/types';
import { changesChannel, type ChangeMessage } from '../../shared/api/bridge';
import type { CallMeta } from '../../shared/api/client';

/** The window a stream's messages go to (Electron's WebContents has these two). */
export interface StreamSender {
  readonly id: number;
  send(channel: typeof changesChannel, message: ChangeMessage): void;
}

/**
 * The change streams windows follow over IPC, as `POST /api/events` serves them over HTTP: each is the
 * backend's `watchChanges` for the session the window sent (on the office server's database, its
 * forwarded stream), ended when the window stops following, closes, or may no longer read.
 */
export class ChangeStreams {
  private readonly open = new Map<string, () => void>();
  /** Asked for and not yet answered: a stop arriving meanwhile must win over the late answer. */
  private readonly starting = new Set<string>();

  constructor(private readonly watch: Backend['watchChanges']) {}

  async follow(sender: StreamSender, stream: number, meta: CallMeta): Promise<void> {
    const key = `${sender.id}:${stream}`;
    this.stop(sender.id, stream);
    this.starting.add(key);
    let ended = false;
    const watched = await this.watch(meta, {
      change: (event) => sender.send(changesChannel, { stream, kind: 'change', entity: event.entity }),
      ended: () => {
        ended = true;
        if (this.open.delete(key)) sender.send(changesChannel, { stream, kind: 'ended' });
      },
    });
    const wanted = this.starting.delete(key);
    if (!watched.ok) {
      if (wanted) sender.send(changesChannel, { stream, kind: 'refused' });
      return;
    }
    if (!wanted || ended) {
      watched.value();
      if (wanted) sender.send(changesChannel, { stream, kind: 'ended' });
      return;
    }
    this.open.set(key, watched.value);
    sender.send(changesChannel, { stream, kind: 'ready' });
  }

  stop(senderId: number, stream: number): void {
    const key = `${senderId}:${stream}`;
    this.starting.delete(key);
    const stopWatching = this.open.get(key);
    this.open.delete(key);
    stopWatching?.();
  }

  /** A closed window's streams. */
  stopAll(senderId: number): void {
    for (const key of [...this.open.keys(), ...this.starting]) {
      const [owner, stream] = key.split(':').map(Number);
      if (owner === senderId) this.stop(senderId, stream!);
    }
  }
}
