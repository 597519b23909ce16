import pg from 'pg';
import { CHANGES_CHANNEL, parseChangeEvent, type ChangeEvent } from '../changes';
import { SESSIONS_CHANNEL } from './session-cache';
import { connectionHealth } from './sql';

/** How long to wait before listening again after the connection is lost (a PostgreSQL restart). */
const RECONNECT_MS = [250, 1000, 2000, 5000];

export interface ChangeListening {
  /** Resolves once the channel is listened to (at once while it is). */
  live(): Promise<void>;
  /** Whether the channel is listened to now: while it is, nothing committed goes unannounced. */
  isLive(): boolean;
  stop(): Promise<void>;
}

/**
 * LISTENs on the changes channel on a connection of its own (a pooled one would be handed to others),
 * passing each announcement to `emit` (and those of changed sessions and users to `sessions`); when
 * the connection is lost it connects again by itself until stopped. What was committed while it was
 * away is not replayed: clients read again when it is back, and `lost` is told at once, so whatever was
 * kept on the strength of the announcements is dropped.
 */
export function listenForChanges(
  connectionString: string,
  emit: (event: ChangeEvent) => void,
  lost: () => void = () => undefined,
  sessions: (payload: string) => void = () => undefined,
): ChangeListening {
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let listening = false;
  let waiting: (() => void)[] = [];

  const retry = () => {
    if (stopped || timer) return;
    const delay = RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)];
    failures += 1;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString, ...connectionHealth });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === SESSIONS_CHANNEL) return sessions(message.payload ?? '');
      const event = message.channel === CHANGES_CHANNEL ? parseChangeEvent(message.payload) : null;
      if (event) emit(event);
    });
    next.on('error', () => undefined);
    next.on('end', () => {
      if (client !== next) return;
      client = null;
      listening = false;
      lost();
      retry();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}; LISTEN ${SESSIONS_CHANNEL}`);
      if (stopped) return void (await next.end());
      failures = 0;
      listening = true;
      const ready = waiting;
      waiting = [];
      for (const resolve of ready) resolve();
    } catch {
      if (client === next) client = null;
      await next.end().catch(() => undefined);
      retry();
    }
  };

  void connect();
  return {
    live: () => (listening ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    isLive: () => listening,
    stop: async () => {
      stopped = true;
      listening = false;
      lost();
      clearTimeout(timer);
      const last = client;
      client = null;
      for (const resolve of waiting) resolve();
      waiting = [];
      await last?.end().catch(() => undefined);
    },
  };
}
