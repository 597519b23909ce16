import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Rectangle } from 'electron';
import { z } from 'zod';

/** Size, position and maximized flag of the main window, kept between runs in userData. */
const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(16384),
  height: z.number().int().min(300).max(16384),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** How much of the window's top strip must lie on a display for the user to grab and move it. */
const grabStrip = { width: 120, height: 32 };

/**
 * The saved state, or null when there is none, it does not validate (hand-edited, older format,
 * half-written) or it would put the window off every display (a monitor was unplugged).
 */
export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success && isReachable(parsed.data, workAreas) ? parsed.data : null;
}

export function isReachable(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const strip = { x: bounds.x, y: bounds.y, width: bounds.width, height: grabStrip.height };
  return workAreas.some((area) => {
    const width = Math.min(strip.x + strip.width, area.x + area.width) - Math.max(strip.x, area.x);
    const height = Math.min(strip.y + strip.height, area.y + area.height) - Math.max(strip.y, area.y);
    return width >= Math.min(grabStrip.width, bounds.width) && height >= grabStrip.height;
  });
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves a broken file. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.warn('nadzor: could not save the window position', error);
  }
}
