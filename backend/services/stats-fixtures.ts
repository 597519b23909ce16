import type { CaseRecordInput, DefendantInput, VictimInput } from '../../shared/domain/case-record';

/*
 * Small hand-made case sets for the statistics tests: every expectation in stats.test.ts is counted
 * by hand from these lines.
 */

let counter = 0;

export function kase(registeredOn: string, rest: Partial<CaseRecordInput> = {}): CaseRecordInput {
  counter += 1;
  return {
    registryNumber: `T-${String(counter).padStart(4, '0')}`,
    article: '194',
    district: 'Almaty',
    registeredOn,
    ...rest,
  };
}

export const man = (rest: Partial<DefendantInput> = {}): DefendantInput => ({ sex: 'M', ...rest });
export const woman = (rest: Partial<VictimInput> = {}): VictimInput => ({ sex: 'F', ...rest });

export const imprisoned = (convictedOn: string, years: number, months: number, on = convictedOn) =>
  man({ convictedOn, sentence: { type: 'imprisonment', years, months, on } });
