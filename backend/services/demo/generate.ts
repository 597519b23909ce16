import type { CaseRecord } from '../../../shared/domain/case-record';
import { besideCohorts, cohorts } from './astana-2024';
import { checkEndDate, draftCohort } from './cohort';
import type { CaseDraft } from './draft';
import { People, placeDefendants, placeVictims } from './people';
import { createRandom } from './random';
import { assignSentences } from './sentences';

/** The seed the app and the CLI use, so every demo database holds the same cases. */
export const DEMO_SEED = 2024;

function toRecord(d: CaseDraft): CaseRecord {
  return {
    registryNumber: d.registryNumber,
    article: d.article,
    part: d.part,
    district: d.district,
    registeredOn: d.registeredOn,
    forwardedToCourtOn: d.forwardedToCourtOn,
    closedOn: d.closedOn,
    closedReason: d.closedReason,
    groupCrime: d.groupCrime,
    platforms: d.platforms,
    tactics: d.tactics,
    damageKzt: d.damageKzt,
    victims: d.victims,
    defendants: d.defendants.map(({ verdict, sentence, person }) => ({
      personId: person!.personId,
      fullName: person!.fullName,
      sex: person!.sex,
      birthDate: person!.birthDate,
      employment: person!.employment,
      priorConvictions: person!.priorConvictions,
      convictedOn: verdict === 'C' ? d.verdictOn : null,
      acquittedOn: verdict === 'A' ? d.verdictOn : null,
      sentence,
    })),
  };
}

/**
 * A realistic synthetic case load for Astana's five districts, 2022 to October 2025, whose 2024
 * extortion cases reproduce the prosecutor's office review, with fraud and drug cases beside them (see
 * astana-2024.ts). The same seed gives the same cases.
 */
export function generateDemoCases(seed = DEMO_SEED): CaseRecord[] {
  const random = createRandom(seed);
  const plans = [...cohorts, ...besideCohorts];
  const drafts = plans
    .flatMap((plan) => draftCohort(random, plan))
    .sort(
      (a, b) =>
        a.registeredOn.localeCompare(b.registeredOn) || a.registryNumber.localeCompare(b.registryNumber),
    );
  drafts.forEach(checkEndDate);
  assignSentences(random, drafts);
  const people = new People(random);
  for (const plan of plans) {
    const cohort = drafts.filter((d) => d.plan === plan);
    placeVictims(random, plan, cohort);
    placeDefendants(random, plan, cohort, people);
  }
  return drafts.map(toRecord);
}
