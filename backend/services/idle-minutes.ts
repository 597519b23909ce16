import type { Readers } from '../../db/ports';
import { IDLE_MINUTES_DEFAULT, idleMinutes } from '../../shared/domain/accounts';

export const IDLE_MINUTES_KEY = 'security.idleMinutes';

/** Minutes without input before the app locks itself; the default until an administrator sets one. */
export async function idleMinutesSetting(r: Readers): Promise<number> {
  const stored = await r.settings.get(IDLE_MINUTES_KEY);
  const parsed = idleMinutes.safeParse(stored === null ? undefined : Number(stored));
  return parsed.success ? parsed.data : IDLE_MINUTES_DEFAULT;
}
