import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isReachable, loadWindowState, saveWindowState } from './window-state';

const dir = mkdtempSync(join(tmpdir(), 'nadzor-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const screens = [{ x: 0, y: 0, width: 1920, height: 1040 }];
const state = { x: 100, y: 80, width: 1280, height: 800, maximized: true };

describe('window state', () => {
  it('round-trips through its file', () => {
    const file = join(dir, 'state.json');
    saveWindowState(file, state);
    expect(loadWindowState(file, screens)).toEqual(state);
  });

  it('ignores a missing, broken or malformed file', () => {
    expect(loadWindowState(join(dir, 'none.json'), screens)).toBeNull();
    writeFileSync(join(dir, 'broken.json'), '{"x": 1');
    expect(loadWindowState(join(dir, 'broken.json'), screens)).toBeNull();
    writeFileSync(join(dir, 'odd.json'), JSON.stringify({ ...state, width: 'wide' }));
    expect(loadWindowState(join(dir, 'odd.json'), screens)).toBeNull();
  });

  it('drops a position that is on no display any more', () => {
    const file = join(dir, 'gone.json');
    saveWindowState(file, { ...state, x: 2500 });
    expect(loadWindowState(file, screens)).toBeNull();
    expect(loadWindowState(file, [...screens, { x: 1920, y: 0, width: 1920, height: 1040 }])).not.toBeNull();
  });

  it('needs the title strip on screen, not just a corner', () => {
    expect(isReachable({ x: 1900, y: 100, width: 800, height: 600 }, screens)).toBe(false);
    expect(isReachable({ x: 100, y: 1030, width: 800, height: 600 }, screens)).toBe(false);
    expect(isReachable({ x: -700, y: 0, width: 800, height: 600 }, screens)).toBe(false);
    expect(isReachable({ x: -600, y: 0, width: 800, height: 600 }, screens)).toBe(true);
  });
});
