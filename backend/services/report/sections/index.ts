import type { SectionBuilder } from '../inputs';
import { districts } from './districts';
import { keyFigures } from './key-figures';
import { people } from './people';
import { sentences } from './sentences';
import { shares } from './shares';
import { adviceToVictims, legalFramework, prevention } from './text-blocks';

/**
 * The numbered sections in print order. Monitoring of previously convicted persons belongs after
 * sentences; it is added here when monitoring exists (it is left out until then, never faked).
 * Numbers follow the list, so adding or leaving out a section never leaves a gap.
 */
export const reviewSections: SectionBuilder[] = [
  keyFigures,
  districts,
  people,
  shares,
  sentences,
  legalFramework,
  prevention,
  adviceToVictims,
];
