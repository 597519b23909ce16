import { describe, expect, it } from 'vitest';
import { SettingsCache } from './settings-cache';
import { cacheFixture } from './testing/cache-fixture';

/** A settings table read through the cache, counting its reads; `release` answers held reads. */
function fixture() {
  const table = new Map<string, string>([['security.idleMinutes', '15']]);
  const f = cacheFixture(false);
  const cache = new SettingsCache(f.live, f.listen);
  const reader = cache.reader({ get: (key) => f.read(table.get(key) ?? null) });
  return { ...f, cache, reader, table };
}

describe('the settings kept by an office server', () => {
  it('reads the database every time until the changes are listened to, and asks to listen', async () => {
    const f = fixture();
    expect(await f.reader.get('security.idleMinutes')).toBe('15');
    expect(await f.reader.get('security.idleMinutes')).toBe('15');
    expect(f.reads()).toBe(2);
    expect(f.listenAsked()).toBe(2);
  });

  it('keeps a value (a missing one too) while listening, until a drop', async () => {
    const f = fixture();
    f.setLive(true);
    expect(await f.reader.get('security.idleMinutes')).toBe('15');
    expect(await f.reader.get('cases.investigationDays')).toBeNull();
    expect(await f.reader.get('security.idleMinutes')).toBe('15');
    expect(await f.reader.get('cases.investigationDays')).toBeNull();
    expect(f.reads()).toBe(2);
    f.table.set('security.idleMinutes', '5');
    f.cache.drop();
    expect(await f.reader.get('security.idleMinutes')).toBe('5');
    expect(f.reads()).toBe(3);
  });

  it('does not keep a value read while a drop came, nor one read while not listening', async () => {
    const f = fixture();
    f.setLive(true);
    f.holdReads(true);
    const before = f.reader.get('security.idleMinutes');
    await Promise.resolve();
    // The change commits and is announced while the read above is still on its way back.
    f.table.set('security.idleMinutes', '5');
    f.cache.drop();
    f.release();
    expect(await before).toBe('15');
    f.holdReads(false);
    expect(await f.reader.get('security.idleMinutes')).toBe('5');
    // Listening lost (the drop comes with it): nothing read meanwhile is kept.
    f.cache.drop();
    f.setLive(false);
    f.table.set('security.idleMinutes', '30');
    expect(await f.reader.get('security.idleMinutes')).toBe('30');
    f.setLive(true);
    f.table.set('security.idleMinutes', '45');
    expect(await f.reader.get('security.idleMinutes')).toBe('45');
    expect(f.reads()).toBe(4);
  });
});
