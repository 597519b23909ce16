import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../backend/services/demo/random';
import { inspectAfterCrash } from './check-database';
import { builtPrograms, callApi, killHard, startHost, type Host } from './processes';

export interface HostKillOptions {
  seed: number;
  kills: number;
  /** Writes kept in flight at once (several callers, as several tabs or a busy screen make). */
  writers: number;
  /** The longest a host runs before it is killed, in milliseconds after its first write. */
  longestRunMs: number;
  log: (line: string) => void;
}

export interface HostKillFigures {
  kills: number;
  /** Writes answered `ok` before a kill: each must be in the database afterwards. */
  acknowledged: number;
  /** Writes in flight at a kill (no answer): may be there or not, but never half. */
  unanswered: number;
  delays: number[];
}

const ADMIN = { fullName: 'Reliability Admin', login: 'admin', password: 'reliability-password-1' };

/** A new case, the smallest write that leaves a row and an audit entry: number `n` of the run. */
const newCase = (n: number) => ({
  registryNumber: `2451000310${String(n).padStart(5, '0')}`,
  article: '194',
  district: 'Almaty',
  registeredOn: '2024-01-11',
});

async function signIn(host: Host, first: boolean): Promise<string> {
  const result = first
    ? await callApi(host, 'auth.setupAdmin', ADMIN)
    : await callApi(host, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
  if (!result.ok) throw new Error(`signing in failed: ${result.error?.message}\n${host.output()}`);
  return (result.value as { session: string }).session;
}

/**
 * Runs the local host on one database, keeps `writers` writes through its HTTP API in flight, and kills
 * it with SIGKILL at a random moment; then checks the file as the next start finds it (sound, every
 * acknowledged write there, the audit chain whole) and starts the host again on it, `kills` times.
 */
export async function killHosts({
  seed,
  kills,
  writers,
  longestRunMs,
  log,
}: HostKillOptions): Promise<HostKillFigures> {
  const { host: program } = builtPrograms();
  const dir = mkdtempSync(join(tmpdir(), 'nadzor-host-kills-'));
  const dbPath = join(dir, 'nadzor.sqlite');
  const random = createRandom(seed);
  const figures: HostKillFigures = { kills: 0, acknowledged: 0, unanswered: 0, delays: [] };
  const acknowledged = new Set<string>();
  let next = 1;
  try {
    for (let kill = 1; kill <= kills; kill += 1) {
      const host = await startHost(program, dbPath);
      const session = await signIn(host, kill === 1);
      let killed = false;
      let inFlight = 0;
      const writeLoop = async () => {
        while (!killed) {
          const input = newCase(next);
          next += 1;
          inFlight += 1;
          try {
            const result = await callApi(host, 'cases.create', input, session);
            if (!result.ok)
              throw new Error(`cases.create refused: ${result.error?.message}\n${host.output()}`);
            acknowledged.add(input.registryNumber);
          } catch (error) {
            // The connection dropped with the host: this write was never acknowledged.
            if (killed) return;
            throw error;
          } finally {
            inFlight -= 1;
          }
        }
      };
      const loops = Array.from({ length: writers }, writeLoop);
      const delay = Math.round(random.next() * longestRunMs);
      figures.delays.push(delay);
      await new Promise((wait) => setTimeout(wait, delay));
      killed = true;
      const unanswered = inFlight;
      await killHard(host.child);
      await Promise.all(loops);
      const after = await inspectAfterCrash(dbPath);
      const missing = [...acknowledged].filter((n) => !after.registryNumbers.has(n));
      log(
        `host kill ${kill}/${kills}: after ${delay} ms, ${acknowledged.size} writes acknowledged so far, ${unanswered} in flight`,
      );
      const problems = [
        after.damage && `integrity_check: ${after.damage}`,
        missing.length &&
          `${missing.length} acknowledged writes are missing: ${missing.slice(0, 5).join(', ')}`,
        !after.audit.ok && `audit verify: ${after.audit.problem}`,
      ].filter(Boolean);
      if (problems.length)
        throw new Error(`seed ${seed}, host kill ${kill} after ${delay} ms: ${problems.join('; ')}`);
      figures.kills += 1;
      figures.unanswered += unanswered;
    }
    figures.acknowledged = acknowledged.size;
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
