import fc from 'fast-check';
import { closedReasons, employments, type CaseRecord, type Defendant } from '../case-record';
import { addDays } from '../pipeline';

/*
 * fast-check generators of cases that satisfy every rule of spec §2, for property tests of the rules,
 * the importer and the statistics. Dates are built forward from registration so stage order holds.
 */

const day = fc.integer({ min: 0, max: 400 });
// Registration, then up to three steps of 400 days: the last event is at most 2026-09-13, never after
// today (no event may be, shared/domain/date-rules.ts).
const baseDate = fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays('2019-06-01', n));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const employment = optional(fc.constantFrom(...employments));
const sex = fc.constantFrom('M' as const, 'F' as const);

const victim = fc.record({
  sex,
  birthDate: optional(fc.integer({ min: 0, max: 60 * 365 }).map((n) => addDays('1950-01-01', n))),
  birthYear: fc.constant(null),
  employment,
});

function defendant(forwardedOn: string | null): fc.Arbitrary<Defendant> {
  const verdict = forwardedOn
    ? fc.oneof(
        fc.constant({ convictedOn: null, acquittedOn: null, sentence: null }),
        fc
          .tuple(day, day, fc.boolean(), fc.integer({ min: 1, max: 15 }))
          .map(([d1, d2, sentenced, years]) => {
            const convictedOn = addDays(forwardedOn, d1);
            return {
              convictedOn,
              acquittedOn: null,
              sentence: sentenced
                ? {
                    type: 'imprisonment' as const,
                    years,
                    months: 0,
                    fineKzt: null,
                    on: addDays(convictedOn, d2),
                  }
                : null,
            };
          }),
        day.map((d) => ({ convictedOn: null, acquittedOn: addDays(forwardedOn, d), sentence: null })),
      )
    : fc.constant({ convictedOn: null, acquittedOn: null, sentence: null });
  return fc
    .record({
      personId: optional(fc.integer({ min: 1, max: 50 }).map((n) => `P-${String(n).padStart(6, '0')}`)),
      fullName: optional(fc.constantFrom('Аманов Ерлан Серікұлы', 'Иванов Иван Иванович', 'Surname Name')),
      sex,
      birthDate: optional(fc.integer({ min: 0, max: 50 * 365 }).map((n) => addDays('1960-01-01', n))),
      employment,
      priorConvictions: optional(fc.integer({ min: 0, max: 5 })),
    })
    .chain((identity) => verdict.map((v) => ({ ...identity, ...v })));
}

const names = (pool: string[]) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 3 });

export const validCase: fc.Arbitrary<CaseRecord> = fc
  .record({
    registeredOn: baseDate,
    progress: fc.constantFrom('open', 'forwarded', 'closed'),
    gap: day,
    closedReason: fc.constantFrom(...closedReasons),
    article: fc.constantFrom('194', '190', '297'),
    part: optional(fc.constantFrom('1', '2', '3', '4')),
    district: fc.constantFrom('Almaty', 'Baikonyr', 'Yesil', 'Saryarka', 'Nura'),
    groupCrime: fc.boolean(),
    platforms: names(['Telegram', 'Instagram', 'Badoo', 'WhatsApp']),
    tactics: names(['intimate-images', 'fake-relationship', 'impersonating-officials']),
    damageKzt: optional(fc.integer({ min: 0, max: 50_000_000 })),
    victims: fc.array(victim, { maxLength: 3 }),
  })
  .chain((c) => {
    const forwardedToCourtOn = c.progress === 'forwarded' ? addDays(c.registeredOn, c.gap) : null;
    const closedOn = c.progress === 'closed' ? addDays(c.registeredOn, c.gap) : null;
    return fc.array(defendant(forwardedToCourtOn), { maxLength: 3 }).map((defendants): CaseRecord => ({
      registryNumber: '',
      article: c.article,
      part: c.part,
      district: c.district,
      registeredOn: c.registeredOn,
      forwardedToCourtOn,
      closedOn,
      closedReason: closedOn ? c.closedReason : null,
      groupCrime: c.groupCrime,
      platforms: c.platforms,
      tactics: c.tactics,
      damageKzt: c.damageKzt,
      victims: c.victims,
      defendants,
    }));
  });

/** Several valid cases with unique registry numbers. */
export const validCases = (maxLength = 8) =>
  fc
    .array(validCase, { minLength: 1, maxLength })
    .map((cases) =>
      cases.map((c, i) => ({ ...c, registryNumber: `2451000310${String(i).padStart(5, '0')}` })),
    );
