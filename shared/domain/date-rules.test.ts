import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './case-record';
import { parseCaseFile } from './case-file';
import { caseFutureDates, personFutureDates } from './date-rules';
import type { MonitoredPerson } from './monitoring';

const TODAY = '2025-03-04';

const pastCase: CaseRecord = {
  registryNumber: '1',
  article: '194',
  part: null,
  district: 'Almaty',
  registeredOn: '2024-02-11',
  forwardedToCourtOn: '2024-05-02',
  closedOn: null,
  closedReason: null,
  groupCrime: false,
  platforms: [],
  tactics: [],
  damageKzt: null,
  victims: [{ sex: 'F', birthDate: '1996-04-03', birthYear: 1996, employment: null }],
  defendants: [
    {
      personId: null,
      fullName: null,
      sex: 'M',
      birthDate: '1988-11-20',
      employment: null,
      priorConvictions: null,
      convictedOn: '2024-09-10',
      acquittedOn: null,
      sentence: { type: 'imprisonment', years: 5, months: 0, fineKzt: null, on: '2024-09-10' },
    },
  ],
};

const pastPerson: MonitoredPerson = {
  personId: 'M-1',
  iin: null,
  fullName: 'Ким Денис',
  birthDate: '1990-02-03',
  sex: 'M',
  district: null,
  notes: null,
  convictions: [
    {
      article: '194',
      part: null,
      courtDate: '2020-01-15',
      sentence: null,
      releasedOn: '2023-01-10',
      registryNumber: null,
    },
  ],
  periods: [
    {
      type: 'administrative',
      basis: null,
      start: '2024-06-01',
      end: '2026-06-01',
      checkInsPerMonth: 2,
      curfew: null,
      bannedPlaces: null,
      travel: null,
      officer: null,
      events: [
        { on: '2025-03-04', type: 'attended', description: null, until: null },
        { on: '2025-01-10', type: 'extended', description: null, until: '2026-12-31' },
      ],
    },
  ],
  caseLinks: [],
};

const paths = (issues: { path: string; key: string }[]) => issues.map((i) => i.path);

describe('no event after today', () => {
  it('accepts dates up to and including today', () => {
    expect(caseFutureDates(pastCase, TODAY)).toEqual([]);
    expect(caseFutureDates({ ...pastCase, registeredOn: TODAY }, TODAY)).toEqual([]);
  });

  it('refuses every event date of a case that is after today, at its field, naming today', () => {
    const future: CaseRecord = {
      ...pastCase,
      registeredOn: '2027-01-01',
      forwardedToCourtOn: '2027-01-03',
      victims: [{ sex: 'F', birthDate: '2025-03-05', birthYear: 2026, employment: null }],
      defendants: [
        {
          ...pastCase.defendants[0]!,
          birthDate: '2027-02-02',
          convictedOn: '2027-03-03',
          sentence: { type: 'fine', years: null, months: null, fineKzt: 1000, on: '2027-03-03' },
        },
      ],
    };
    const issues = caseFutureDates(future, TODAY);
    expect(paths(issues)).toEqual([
      'registeredOn',
      'forwardedToCourtOn',
      'victims[0].birthDate',
      'victims[0].birthYear',
      'defendants[0].birthDate',
      'defendants[0].convictedOn',
      'defendants[0].sentence.on',
    ]);
    expect(issues[0]).toEqual({ path: 'registeredOn', key: 'errors.date.future', params: { date: TODAY } });
    expect(paths(caseFutureDates({ ...pastCase, closedOn: '2025-03-05' }, TODAY))).toEqual(['closedOn']);
  });

  it('takes a birth year alone as future only when the whole year is', () => {
    const born = (birthYear: number) => ({
      ...pastCase,
      victims: [{ sex: 'F' as const, birthDate: null, birthYear, employment: null }],
    });
    expect(caseFutureDates(born(2025), TODAY)).toEqual([]);
    expect(paths(caseFutureDates(born(2026), TODAY))).toEqual(['victims[0].birthYear']);
  });

  it('in an edit, checks only the dates the edit writes', () => {
    const stored = { ...pastCase, registeredOn: '2027-01-01' };
    const edited = { ...stored, damageKzt: 5000 };
    expect(caseFutureDates(edited, TODAY, stored)).toEqual([]);
    expect(paths(caseFutureDates({ ...edited, forwardedToCourtOn: '2027-01-03' }, TODAY, stored))).toEqual([
      'forwardedToCourtOn',
    ]);
  });

  it('refuses a register person’s events after today, but not the plans of a period', () => {
    expect(personFutureDates(pastPerson, TODAY)).toEqual([]);
    const upcoming = {
      ...pastPerson,
      periods: [{ ...pastPerson.periods[0]!, start: '2025-04-01', end: '2027-04-01', events: [] }],
    };
    expect(personFutureDates(upcoming, TODAY)).toEqual([]);
    const future: MonitoredPerson = {
      ...pastPerson,
      birthDate: '2027-01-01',
      convictions: [{ ...pastPerson.convictions[0]!, courtDate: '2026-01-01', releasedOn: '2026-02-01' }],
      periods: [
        {
          ...pastPerson.periods[0]!,
          events: [{ on: '2027-01-05', type: 'missed', description: null, until: null }],
        },
      ],
    };
    expect(paths(personFutureDates(future, TODAY))).toEqual([
      'birthDate',
      'convictions[0].courtDate',
      'convictions[0].releasedOn',
      'periods[0].events[0].on',
    ]);
  });

  it('makes the import refuse a future date at its JSON path', () => {
    const file = {
      format: 'nadzor.cases/v1',
      cases: [{ registryNumber: '9', article: '194', district: 'Almaty', registeredOn: '2027-01-01' }],
    };
    const parsed = parseCaseFile(file, TODAY);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toEqual([
      { path: 'cases[0].registeredOn', key: 'errors.date.future', params: { date: TODAY } },
    ]);
    expect(parseCaseFile(file, '2027-01-01').ok).toBe(true);
  });
});
