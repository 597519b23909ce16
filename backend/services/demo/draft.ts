import type { ClosedReason, Defendant, Sentence, Victim } from '../../../shared/domain/case-record';
import type { CohortPlan, Fate } from './astana-2024';
import type { DistrictName } from './vocabulary';

/** A defendant seat: the verdict the plan gave it, its sentence, then the person who fills it. */
export interface DefendantDraft {
  verdict: 'C' | 'A' | '-';
  sentence: Sentence | null;
  person: Pick<
    Defendant,
    'personId' | 'fullName' | 'sex' | 'birthDate' | 'employment' | 'priorConvictions'
  > | null;
}

/** A demo case while it is being built: the record's facts plus what the plan said about it. */
export interface CaseDraft {
  plan: CohortPlan;
  fate: Fate;
  registryNumber: string;
  article: string;
  part: string | null;
  district: DistrictName;
  registeredOn: string;
  forwardedToCourtOn: string | null;
  closedOn: string | null;
  closedReason: ClosedReason | null;
  groupCrime: boolean;
  platforms: string[];
  tactics: string[];
  damageKzt: number | null;
  /** The court's decision date for every defendant with a verdict. */
  verdictOn: string | null;
  victims: Victim[];
  defendants: DefendantDraft[];
}
