import type { SectionBuilder } from '../inputs';
import { districts } from './districts';
import { keyFigures } from './key-figures';
import { monitoring } from './monitoring';
import { people } from './people';
import { sentences } from './sentences';
import { shares } from './shares';
import { adviceToVictims, legalFramework, prevention } from './text-blocks';
import { trend } from './trend';

/**
 * The numbered sections in print order; monitoring of previously convicted persons follows the
 * sentences. Numbers follow the list, so adding or leaving out a section never leaves a gap.
 */
export const reviewSections: SectionBuilder[] = [
  keyFigures,
  trend,
  districts,
  people,
  shares,
  sentences,
  monitoring,
  legalFramework,
  prevention,
  adviceToVictims,
];
