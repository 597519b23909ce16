import type { ScryptCost } from './password';

/**
 * For tests only: a scrypt cost about a thousand times cheaper than the app's, so the suites that
 * create and sign in accounts run in seconds. Hashes made with it verify like any other (the cost is
 * stored with the hash); the app's own cost is asserted in password.test.ts.
 */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 4, r: 8, p: 1 };
