import { describe, expect, it } from 'vitest';
import { parseCaseFile } from './case-file';
import { registerCases, registerPersons, REGISTER_IIN } from './testing/register-fixtures';

/*
 * The case file's optional `monitoring` array (docs/case-file.md): each person's shape and rules,
 * uniqueness in the file, and every problem at its JSON path alongside the cases' problems.
 */

const file = (monitoring: unknown, cases: unknown[] = registerCases) => ({
  format: 'nadzor.cases/v1',
  cases,
  monitoring,
});
const problems = (data: unknown) => {
  const parsed = parseCaseFile(data);
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path} ${i.key}`);
};
const [amanov, seitkali] = registerPersons as [(typeof registerPersons)[0], (typeof registerPersons)[0]];
const minimalPerson = { personId: 'M-9', fullName: 'Ким Денис', birthDate: '1990-02-03', sex: 'M' };

describe('the case file’s monitoring register', () => {
  it('is optional: a file without it has an empty register, and no defendant gains an `iin` key', () => {
    const v1 = { format: 'nadzor.cases/v1', cases: [registerCases[0]] };
    const parsed = parseCaseFile(v1);
    expect(parsed.ok && parsed.file.monitoring).toEqual([]);
    expect(parsed.ok && Object.keys(parsed.file.cases[0]!.defendants[0]!)).not.toContain('iin');
  });

  it('checks a defendant’s optional IIN, which must agree with their birth date and sex', () => {
    const withIin = (d: object) => [
      { ...registerCases[1], defendants: [{ ...registerCases[1]!.defendants[0], ...d }] },
    ];
    expect(problems(file([], withIin({})))).toEqual([]);
    expect(problems(file([], withIin({ iin: null, birthDate: null })))).toEqual([]);
    expect(problems(file([], withIin({ iin: '880120300124' })))).toEqual([
      'cases[0].defendants[0].iin errors.iin.checkDigit',
    ]);
    expect(problems(file([], withIin({ birthDate: '1988-01-21', sex: 'F' })))).toEqual([
      'cases[0].defendants[0].iin errors.iin.birthDateMismatch',
      'cases[0].defendants[0].iin errors.iin.sexMismatch',
    ]);
  });

  it('reads a person with the optional fields left out into the canonical form', () => {
    const parsed = parseCaseFile(file([minimalPerson]));
    expect(parsed.ok && parsed.file.monitoring).toEqual([
      {
        ...minimalPerson,
        iin: null,
        district: null,
        notes: null,
        convictions: [],
        periods: [],
        caseLinks: [],
      },
    ]);
    const period = {
      type: 'prosecutorWatch',
      start: '2024-01-01',
      events: [{ on: '2024-01-02', type: 'warning' }],
    };
    const withPeriod = parseCaseFile(file([{ ...minimalPerson, periods: [period] }]));
    expect(withPeriod.ok && withPeriod.file.monitoring[0]!.periods[0]).toMatchObject({
      end: null,
      checkInsPerMonth: 0,
      events: [{ on: '2024-01-02', type: 'warning', description: null, until: null }],
    });
  });

  it('keeps a canonical person exactly as written', () => {
    const parsed = parseCaseFile(file(registerPersons));
    expect(parsed.ok && parsed.file.monitoring).toEqual(registerPersons);
  });

  it('reports every broken person at its own path, and nothing of the good ones', () => {
    const outside = structuredClone(amanov);
    outside.personId = 'M-3';
    outside.iin = null;
    outside.periods[0]!.events[0]!.on = '2021-11-01';
    const noUntil = structuredClone(seitkali);
    noUntil.personId = 'M-4';
    noUntil.periods[0]!.events.push({ on: '2023-01-10', type: 'extended', description: null, until: null });
    const broken = file([
      amanov,
      { ...seitkali, iin: '930715400124' }, // the check digit for 93071540012 is 6
      { ...seitkali, personId: 'M-5', iin: REGISTER_IIN }, // Amanov's: another birth date and sex
      outside,
      noUntil,
      { ...minimalPerson, personId: 'M-000001' },
      { ...minimalPerson, personId: 'M-7', nickname: 'Кеша' },
    ]);
    expect(problems(broken).sort()).toEqual([
      'monitoring[1].iin errors.iin.checkDigit',
      'monitoring[2].iin errors.iin.birthDateMismatch',
      'monitoring[2].iin errors.iin.sexMismatch',
      'monitoring[2].iin errors.monitoring.iinDuplicateInFile',
      'monitoring[3].periods[0].events[0].on errors.monitoring.eventOutsidePeriod',
      'monitoring[4].periods[0].events[1].until errors.monitoring.extendedUntil',
      'monitoring[5].personId errors.monitoring.personIdDuplicateInFile',
      'monitoring[6].nickname errors.unknownKey',
    ]);
    const parsed = parseCaseFile(broken);
    expect(parsed.ok ? [] : parsed.issues.filter((i) => i.key.includes('DuplicateInFile'))).toEqual([
      {
        path: 'monitoring[5].personId',
        key: 'errors.monitoring.personIdDuplicateInFile',
        params: { index: 0 },
      },
      { path: 'monitoring[2].iin', key: 'errors.monitoring.iinDuplicateInFile', params: { index: 0 } },
    ]);
  });

  it('refuses a period that ends before the term its last extension set, unless an end came after it', () => {
    const period = (events: object[], end: string) => ({
      type: 'parole',
      start: '2023-01-01',
      end,
      checkInsPerMonth: 1,
      events,
    });
    const extended = { on: '2023-06-01', type: 'extended', until: '2024-03-31' };
    expect(problems(file([{ ...minimalPerson, periods: [period([extended], '2023-12-31')] }]))).toEqual([
      'monitoring[0].periods[0].end errors.monitoring.endBeforeExtension',
    ]);
    expect(problems(file([{ ...minimalPerson, periods: [period([extended], '2024-03-31')] }]))).toEqual([]);
    const ended = { on: '2023-11-30', type: 'ended' };
    expect(
      problems(file([{ ...minimalPerson, periods: [period([extended, ended], '2023-11-30')] }])),
    ).toEqual([]);
  });

  it('refuses a conviction or a supervision period dated before the person was born', () => {
    const person = structuredClone(amanov);
    person.convictions[0]!.courtDate = '1970-01-01';
    person.periods[0]!.start = '1975-06-01';
    const parsed = parseCaseFile(file([person]));
    expect(parsed.ok ? [] : parsed.issues.filter((i) => i.key === 'errors.monitoring.beforeBirth')).toEqual([
      {
        path: 'monitoring[0].convictions[0].courtDate',
        key: 'errors.monitoring.beforeBirth',
        params: { date: amanov.birthDate },
      },
      {
        path: 'monitoring[0].periods[0].start',
        key: 'errors.monitoring.beforeBirth',
        params: { date: amanov.birthDate },
      },
    ]);
  });

  it('checks the other rules of a person: release, period end, until only on an extension, links', () => {
    const person = structuredClone(amanov);
    person.convictions[1]!.releasedOn = '2019-03-13';
    person.periods[1]!.end = '2023-05-01';
    person.periods[0]!.events[0]!.until = '2022-01-01';
    person.caseLinks.push({ registryNumber: '245100031000202', status: 'rejected' });
    expect(problems(file([person])).sort()).toEqual([
      'monitoring[0].caseLinks[1].registryNumber errors.monitoring.linkDuplicate',
      'monitoring[0].convictions[1].releasedOn errors.monitoring.releaseBeforeCourt',
      'monitoring[0].periods[0].events[0].until errors.monitoring.untilOnlyForExtension',
      'monitoring[0].periods[1].end errors.monitoring.endBeforeStart',
    ]);
    const wrongShapes = {
      ...minimalPerson,
      sex: 'm',
      convictions: [{ article: '', courtDate: '2020-13-01' }],
      periods: [
        {
          type: 'house-arrest',
          start: '2024-01-01',
          checkInsPerMonth: 32,
          events: [{ on: '2024-01-02', type: 'call' }],
        },
      ],
      caseLinks: [{ registryNumber: 'R-1', status: 'pending' }],
    };
    expect(problems(file([wrongShapes])).sort()).toEqual([
      'monitoring[0].caseLinks[0].status errors.monitoring.linkStatus',
      'monitoring[0].convictions[0].article errors.required',
      'monitoring[0].convictions[0].courtDate errors.date.format',
      'monitoring[0].periods[0].checkInsPerMonth errors.monitoring.checkInsPerMonth',
      'monitoring[0].periods[0].events[0].type errors.monitoring.eventType',
      'monitoring[0].periods[0].type errors.monitoring.periodType',
      'monitoring[0].sex errors.sex',
    ]);
  });

  it('refuses an earlier conviction’s article that is no article number, and a curfew hour no day has', () => {
    const person = structuredClone(amanov);
    person.convictions[0]!.article = 'abc';
    person.convictions[1]!.article = '120-1';
    person.periods[0]!.curfew = '25:00-6';
    person.periods[1]!.curfew = 'с 22:00 до 06:00, кроме смен до 31.12.2024; 24:00 — отметка';
    expect(problems(file([person])).sort()).toEqual([
      'monitoring[0].convictions[0].article errors.article.number',
      'monitoring[0].periods[0].curfew errors.monitoring.curfewTime',
    ]);
    for (const curfew of ['22:60-06:00', '7:5', '00:00-99:00']) {
      person.periods[0]!.curfew = curfew;
      person.convictions[0]!.article = '194';
      const expected =
        curfew === '7:5' ? [] : ['monitoring[0].periods[0].curfew errors.monitoring.curfewTime'];
      expect(problems(file([person])), curfew).toEqual(expected);
    }
  });

  it('reports the register’s problems with the cases’ and the envelope’s', () => {
    const badCase = { ...registerCases[0], closedOn: '2024-03-01' };
    expect(problems(file([{ ...minimalPerson, birthDate: '1990-02-30' }], [badCase]))).toEqual([
      'cases[0].closedReason errors.pipeline.closedTogether',
      'monitoring[0].birthDate errors.date.format',
    ]);
    expect(
      problems({ format: 'nadzor.cases/v2', cases: [], monitoring: [{ ...minimalPerson, sex: 'X' }] }),
    ).toEqual(['format errors.file.format', 'monitoring[0].sex errors.sex']);
    expect(problems(file({ persons: [] }))).toEqual(['monitoring errors.file.monitoring']);
  });
});
