import type { CaseRecord } from '../case-record';
import type { MonitoredPerson } from '../monitoring';

/*
 * A small case file with a monitoring register, written in the canonical form export uses (every key
 * present), for tests of the file, the importer and the command line. Between them the two persons
 * hold every event type, both link decisions, a person without an IIN, a defendant found by IIN
 * (confirmed) and one found by name and birth date (a namesake, rejected).
 */

export const REGISTER_IIN = '880120300123'; // 1988-01-20, male (iin.test.ts works out its check digit)

export const registerCases: CaseRecord[] = [
  {
    registryNumber: '245100031000201',
    article: '194',
    part: '2',
    district: 'Almaty',
    registeredOn: '2024-02-11',
    forwardedToCourtOn: null,
    closedOn: null,
    closedReason: null,
    groupCrime: false,
    platforms: ['Telegram'],
    tactics: [],
    damageKzt: 300000,
    victims: [{ sex: 'F', birthDate: '1999-06-01', birthYear: null, employment: 'student' }],
    defendants: [
      {
        personId: 'P-000001',
        fullName: 'Сейткали Айгерим Маратовна',
        sex: 'F',
        birthDate: '1993-07-15',
        employment: 'informal',
        priorConvictions: 0,
        convictedOn: null,
        acquittedOn: null,
        sentence: null,
      },
    ],
  },
  {
    registryNumber: '245100031000202',
    article: '188',
    part: '1',
    district: 'Yesil',
    registeredOn: '2024-03-02',
    forwardedToCourtOn: '2024-04-20',
    closedOn: null,
    closedReason: null,
    groupCrime: false,
    platforms: [],
    tactics: [],
    damageKzt: null,
    victims: [],
    defendants: [
      {
        personId: 'P-000002',
        iin: REGISTER_IIN,
        fullName: 'Аманов Ерлан Болатович',
        sex: 'M',
        birthDate: '1988-01-20',
        employment: 'unemployed',
        priorConvictions: 2,
        convictedOn: '2024-06-14',
        acquittedOn: null,
        sentence: { type: 'imprisonment', years: 2, months: 6, fineKzt: null, on: '2024-06-14' },
      },
    ],
  },
];

export const registerPersons: MonitoredPerson[] = [
  {
    personId: 'M-000001',
    iin: REGISTER_IIN,
    fullName: 'Аманов Ерлан Болатович',
    birthDate: '1988-01-20',
    sex: 'M',
    district: 'Almaty',
    notes: 'Проживает с матерью',
    convictions: [
      {
        article: '188',
        part: '1',
        courtDate: '2016-05-10',
        sentence: 'Штраф 100 МРП',
        releasedOn: null,
        registryNumber: null,
      },
      {
        article: '194',
        part: '2',
        courtDate: '2019-03-14',
        sentence: 'Лишение свободы на 3 года',
        releasedOn: '2021-11-02',
        registryNumber: null,
      },
    ],
    periods: [
      {
        type: 'administrative',
        basis: 'Постановление суда района Алматы от 20.10.2021',
        start: '2021-11-03',
        end: '2023-05-02',
        checkInsPerMonth: 2,
        curfew: '22:00–06:00',
        bannedPlaces: 'Бары, ночные клубы',
        travel: 'Выезд из г. Астаны только с разрешения ОВД',
        officer: 'Капитан полиции Жакупов Н. С.',
        events: [
          { on: '2021-11-15', type: 'attended', description: null, until: null },
          { on: '2021-11-30', type: 'missed', description: 'Не явился на регистрацию', until: null },
          { on: '2021-12-02', type: 'warning', description: 'Официальное предостережение', until: null },
          { on: '2022-03-05', type: 'violation', description: 'Отсутствовал дома после 22:00', until: null },
          { on: '2022-10-20', type: 'extended', description: 'Продлён судом', until: '2023-05-02' },
          { on: '2023-05-02', type: 'ended', description: null, until: null },
        ],
      },
      {
        type: 'prosecutorWatch',
        basis: null,
        start: '2023-05-03',
        end: null,
        checkInsPerMonth: 0,
        curfew: null,
        bannedPlaces: null,
        travel: null,
        officer: null,
        events: [],
      },
    ],
    caseLinks: [{ registryNumber: '245100031000202', status: 'confirmed' }],
  },
  {
    personId: 'M-000002',
    iin: null,
    fullName: 'Сейткали Айгерим Маратовна',
    birthDate: '1993-07-15',
    sex: 'F',
    district: null,
    notes: null,
    convictions: [
      {
        article: '190',
        part: null,
        courtDate: '2022-09-01',
        sentence: null,
        releasedOn: null,
        registryNumber: null,
      },
    ],
    periods: [
      {
        type: 'probation',
        basis: null,
        start: '2022-09-12',
        end: '2024-09-11',
        checkInsPerMonth: 1,
        curfew: null,
        bannedPlaces: null,
        travel: null,
        officer: null,
        events: [{ on: '2022-09-30', type: 'attended', description: null, until: null }],
      },
    ],
    caseLinks: [{ registryNumber: '245100031000201', status: 'rejected' }],
  },
];

/** The file as export writes it: format, then one case and one person per line. */
export function canonicalFileText(cases: readonly unknown[], monitoring: readonly unknown[] = []): string {
  const list = (items: readonly unknown[]) =>
    items.length ? `[\n    ${items.map((i) => JSON.stringify(i)).join(',\n    ')}\n  ]` : '[]';
  const register = monitoring.length ? `,\n  "monitoring": ${list(monitoring)}` : '';
  return `{\n  "format": "nadzor.cases/v1",\n  "cases": ${list(cases)}${register}\n}\n`;
}
