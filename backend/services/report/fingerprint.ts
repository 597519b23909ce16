import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json';
import type { AnnualStats } from '../../../shared/domain/stats';

/**
 * What a printed review can be checked against: SHA-256 over the audit chain's head (which every
 * change of data or settings moves) and the figures themselves, in canonical JSON.
 */
export function dataFingerprint(chainHead: string | null, stats: AnnualStats): string {
  return createHash('sha256')
    .update(chainHead ?? '')
    .update('\u0000')
    .update(canonicalJson(stats))
    .digest('hex');
}
