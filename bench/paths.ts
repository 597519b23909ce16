import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Generated databases and scratch files; gitignored, safe to delete (they are rebuilt). */
export const BENCH_DIR = join(ROOT, '.bench');
