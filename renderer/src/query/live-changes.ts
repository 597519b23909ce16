import type { ChangeMessage } from '../../../shared/api/bridge';
import { hostToken } from '../http-transport';
import { currentLanguage } from '../i18n/i18n';
import { sessionToken } from '../state/session-token';
import { markAllStale, markStale } from './client';
import { staleAfterChange } from './invalidation';

/** How long to wait before connecting again after the stream ended or was refused (a server restart). */
const RETRY_MS = [1000, 2000, 5000];

/**
 * Keeps what is on screen current with other users' changes while someone is signed in; returns the
 * way to stop. Every window re-reads what it shows when it gets the focus back (on one PC that is how
 * a change made by another window or the CLI shows). It also follows the backend's committed changes
 * (`POST /api/events` over HTTP, the preload's `follow` inside Electron, where main forwards the office
 * server's stream): each announced change marks stale what shows it, and the screens on view read
 * again by themselves. Nothing is reset: a refetch replaces what a list or page
 * shows, never what a form holds. The stream is read with fetch rather than EventSource so that the
 * session travels in the body, as on every call, never in a URL; it connects again by itself.
 */
export function followChanges(): () => void {
  const onFocus = () => void markAllStale();
  window.addEventListener('focus', onFocus);
  const stop = new AbortController();
  void follow(stop.signal);
  return () => {
    window.removeEventListener('focus', onFocus);
    stop.abort();
  };
}

async function follow(signal: AbortSignal): Promise<void> {
  let failures = 0;
  let connected = false;
  while (!signal.aborted) {
    try {
      const heard = await (window.nadzor ? listenOverBridge : listen)(signal, () => {
        failures = 0;
        // After a reconnect, whatever was committed while away is read again.
        if (connected) void markAllStale();
        connected = true;
      });
      if (!heard) failures += 1;
    } catch {
      failures += 1;
    }
    if (signal.aborted) return;
    await pause(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!, signal);
  }
}

/** One connection to the stream, read until it ends; false when it was refused. */
async function listen(signal: AbortSignal, onReady: () => void): Promise<boolean> {
  const token = hostToken();
  const session = sessionToken.get();
  const response = await fetch('/api/events', {
    method: 'POST',
    signal,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ meta: { language: currentLanguage(), ...(session ? { session } : {}) } }),
  });
  if (!response.ok || !response.body) return false;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      onBlock(buffer.slice(0, end), onReady);
      buffer = buffer.slice(end + 2);
    }
  }
}

/** The same inside Electron, where main follows the backend (or the office server) for this window. */
function listenOverBridge(signal: AbortSignal, onReady: () => void): Promise<boolean> {
  const bridge = window.nadzor!;
  const session = sessionToken.get();
  return new Promise((resolve) => {
    const unfollow = bridge.follow(
      { language: currentLanguage(), ...(session ? { session } : {}) },
      (message: ChangeMessage) => {
        if (message.kind === 'ready') onReady();
        else if (message.kind === 'change') announce(message.entity);
        else finish(message.kind === 'ended');
      },
    );
    const finish = (heard: boolean) => {
      signal.removeEventListener('abort', onAbort);
      unfollow();
      resolve(heard);
    };
    const onAbort = () => finish(true);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function onBlock(block: string, onReady: () => void): void {
  if (block.startsWith('event: ready')) return onReady();
  if (!block.startsWith('data: ')) return;
  try {
    const event = JSON.parse(block.slice('data: '.length)) as { entity?: unknown };
    if (typeof event.entity === 'string') announce(event.entity);
  } catch {
    // Not an announcement: ignored.
  }
}

/*
 * Areas made stale by announcements not yet acted on. A burst of changes (demo data, an import, another
 * office's busy minute) is hundreds of announcements: marking stale at each would start a screen's read
 * again and again, each cancelling the one before. Instead the areas gather while one round of reads
 * runs, and the next round reads each of them once.
 */
const pendingAreas = new Set<string>();
let reading: Promise<void> | null = null;

function announce(entity: string): void {
  for (const area of staleAfterChange(entity)) pendingAreas.add(area);
  reading ??= readAgain();
}

async function readAgain(): Promise<void> {
  try {
    // The rest of what arrived in the same chunk is parsed first (a microtask runs after it).
    await Promise.resolve();
    while (pendingAreas.size > 0) {
      const areas = [...pendingAreas];
      pendingAreas.clear();
      await markStale(areas).catch(() => undefined);
    }
  } finally {
    reading = null;
  }
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
