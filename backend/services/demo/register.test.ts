import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../shared/domain/case-file';
import type { CaseRecord } from '../../../shared/domain/case-record';
import { checkIin } from '../../../shared/domain/iin';
import { monitoringEventTypes, supervisionTypes } from '../../../shared/domain/monitoring';
import { checkPerson } from '../../../shared/domain/monitoring-rules';
import { comparableName } from '../../../shared/domain/person-match';
import { generateDemoFile } from './demo-file';
import { generateDemoCases } from './generate';
import { districts } from './vocabulary';

/*
 * The demo's monitoring register: realistic, valid as a file, and planted with what the register
 * is for (re-offenders flagged by IIN or suggested by name, decisions taken), without changing any
 * demo case but for the IINs some defendants gain.
 */

const demo = generateDemoFile();
const persons = demo.monitoring;
const periods = persons.flatMap((p) => p.periods);
const events = periods.flatMap((p) => p.events);
const defendants = demo.cases.flatMap((c) => c.defendants.map((d) => ({ c, d })));
const sameIdentity = (a: { fullName: string | null; birthDate: string | null }, b: typeof a) =>
  comparableName(a.fullName ?? '') === comparableName(b.fullName ?? '') && a.birthDate === b.birthDate;

const withoutIins = (cases: CaseRecord[]) =>
  cases.map((c) => ({ ...c, defendants: c.defendants.map(({ iin: _, ...d }) => d) }));

describe('demo monitoring register', () => {
  it('holds about forty persons and is a valid case file with the cases', () => {
    expect(persons.length).toBeGreaterThanOrEqual(35);
    expect(persons.length).toBeLessThanOrEqual(45);
    const parsed = parseCaseFile(JSON.parse(JSON.stringify(demo)));
    expect(parsed.ok ? [] : parsed.issues.slice(0, 5)).toEqual([]);
    expect(parsed.ok && parsed.file).toEqual(demo);
  });

  it('changes no demo case but for the IINs it gives to defendants who are register persons', () => {
    expect(withoutIins(demo.cases)).toEqual(generateDemoCases());
  });

  it('gives every person a valid IIN of their own birth date and sex, a Cyrillic name and an Astana district', () => {
    for (const p of persons) {
      expect(checkPerson(p), p.personId).toEqual([]);
      expect(checkIin(p.iin!)).toEqual({ ok: true, facts: { birthDate: p.birthDate, sex: p.sex } });
      expect(p.fullName).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/);
      expect(districts).toContain(p.district);
    }
    expect(new Set(persons.map((p) => p.iin)).size).toBe(persons.length);
    expect(new Set(persons.map((p) => p.personId)).size).toBe(persons.length);
  });

  it('records one to three prior convictions, extortion and other articles, none before the age of 18', () => {
    for (const p of persons) {
      expect(p.convictions.length, p.personId).toBeGreaterThanOrEqual(1);
      expect(p.convictions.length, p.personId).toBeLessThanOrEqual(3);
      for (const c of p.convictions) {
        const adult = `${Number(p.birthDate.slice(0, 4)) + 18}${p.birthDate.slice(4)}`;
        expect(c.courtDate >= adult, `${p.personId} ${c.courtDate}`).toBe(true);
        expect(c.courtDate <= p.periods[0]!.start, p.personId).toBe(true);
      }
    }
    const articles = new Set(persons.flatMap((p) => p.convictions.map((c) => c.article)));
    for (const article of ['194', '188', '190', '293']) expect(articles).toContain(article);
  });

  it('has every kind of supervision, with check-ins as each prescribes, and every kind of event', () => {
    expect(new Set(periods.map((p) => p.type))).toEqual(new Set(supervisionTypes));
    for (const p of periods) {
      if (p.type === 'administrative') expect([1, 2, 3, 4]).toContain(p.checkInsPerMonth);
      if (p.type === 'prosecutorWatch') expect(p.checkInsPerMonth).toBe(0);
    }
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(monitoringEventTypes));
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect(count('attended')).toBeGreaterThan(5 * count('missed'));
    expect(count('violation')).toBeLessThan(count('missed') * 2);
    for (const e of events.filter((x) => x.type === 'extended'))
      expect(periods.some((p) => p.end === e.until)).toBe(true);
  });

  it('spans several years, with periods ended, periods in force at the end of 2024, and a few running into 2027', () => {
    const years = new Set(events.map((e) => e.on.slice(0, 4)));
    for (const year of ['2022', '2023', '2024', '2025']) expect(years).toContain(year);
    expect(events.every((e) => e.on <= '2025-12-31')).toBe(true);
    expect(periods.filter((p) => p.events.some((e) => e.type === 'ended')).length).toBeGreaterThan(15);
    const inForce = (day: string) =>
      periods.filter((p) => p.start <= day && (p.end === null || p.end >= day));
    expect(inForce('2024-12-31').length).toBeGreaterThan(10);
    expect(inForce('2027-01-01').length).toBeGreaterThanOrEqual(3);
    expect(inForce('2027-01-01').length).toBeLessThanOrEqual(8);
  });

  it('plants re-offenders: IINs on 2024 defendants, confirmed, flagged, suggested and a rejected namesake', () => {
    const byIin = new Map(persons.map((p) => [p.iin, p]));
    const carrying = defendants.filter(({ d }) => d.iin !== undefined);
    for (const { d } of carrying) {
      const person = byIin.get(d.iin!);
      expect(person, d.personId!).toBeDefined();
      expect(sameIdentity(person!, d) && person!.sex === d.sex).toBe(true);
    }
    expect(carrying.filter(({ c }) => c.registeredOn.startsWith('2024-')).length).toBeGreaterThanOrEqual(3);

    const links = persons.flatMap((p) => p.caseLinks.map((l) => ({ p, ...l })));
    const caseOf = new Map(demo.cases.map((c) => [c.registryNumber, c]));
    const confirmed2024 = links.filter(
      (l) => l.status === 'confirmed' && caseOf.get(l.registryNumber)!.registeredOn.startsWith('2024-'),
    );
    expect(confirmed2024.length).toBeGreaterThanOrEqual(2);
    for (const l of links.filter((x) => x.status === 'confirmed'))
      expect(caseOf.get(l.registryNumber)!.defendants.some((d) => d.iin === l.p.iin)).toBe(true);

    const rejected = links.filter((l) => l.status === 'rejected');
    expect(rejected).toHaveLength(1);
    const namesake = caseOf
      .get(rejected[0]!.registryNumber)!
      .defendants.find((d) => sameIdentity(d, rejected[0]!.p));
    expect(namesake).toBeDefined();
    expect(namesake!.iin).toBeUndefined();

    const decided = new Set(links.map((l) => `${l.p.personId}|${l.registryNumber}`));
    const ownCase = (p: (typeof persons)[0], rn: string) =>
      p.convictions.some((c) => c.registryNumber === rn);
    const undecided = persons.flatMap((p) =>
      defendants
        .filter(({ c }) => !decided.has(`${p.personId}|${c.registryNumber}`) && !ownCase(p, c.registryNumber))
        .filter(({ d }) => (d.iin ? d.iin === p.iin : sameIdentity(d, p)))
        .map(({ d }) => (d.iin ? 'iin' : 'name')),
    );
    expect(undecided.filter((b) => b === 'iin').length).toBeGreaterThanOrEqual(2);
    expect(undecided.filter((b) => b === 'name').length).toBeGreaterThanOrEqual(2);
  });

  it('is the same for the same seed, and valid for other seeds', () => {
    expect(JSON.stringify(generateDemoFile())).toBe(JSON.stringify(demo));
    for (const seed of [1, 7]) {
      const other = generateDemoFile(seed);
      expect(other.monitoring).not.toEqual(persons);
      const parsed = parseCaseFile(JSON.parse(JSON.stringify(other)));
      expect(parsed.ok ? [] : parsed.issues.slice(0, 5), `seed ${seed}`).toEqual([]);
    }
  });
});
