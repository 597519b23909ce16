import { describe, expect, it } from 'vitest';
import type { CaseRecord, Defendant } from '../../../../shared/domain/case-record';
import type { CaseMatch, RegisteredDefendant } from '../../../../shared/domain/monitoring-api';
import { createI18n } from '../../../../shared/i18n';
import { caseFormat } from './format';
import { flagStatus, matchedDefendant, registerState, standingMatches } from './match-words';

const match = (defendantIndex: number | null, status: CaseMatch['status'], personDbId = 1): CaseMatch => ({
  personDbId,
  personId: `M-00000${personDbId}`,
  personName: 'Аманов Ерлан Болатович',
  caseId: 7,
  registryNumber: '241500031000701',
  registeredOn: '2024-03-15',
  defendantIndex,
  defendantName: defendantIndex === null ? null : 'Аманов Ерлан Болатович',
  basis: defendantIndex === null ? null : 'iin',
  status,
});

const defendant = (fullName: string | null, sex: Defendant['sex'] = 'M'): Defendant => ({
  personId: null,
  fullName,
  sex,
  birthDate: null,
  employment: null,
  priorConvictions: null,
  convictedOn: null,
  acquittedOn: null,
  sentence: null,
});

describe('monitoring matches on the case page', () => {
  const { t } = createI18n('ru');
  const format = caseFormat(t, 'ru');
  const record = {
    forwardedToCourtOn: '2024-04-01',
    defendants: [
      defendant(null),
      defendant('Аманов Ерлан Болатович'),
      defendant('Жаксылыкова Динара Ерлановна', 'F'),
      defendant(null, 'F'),
    ],
  } as CaseRecord;

  it('name the defendant as the page does, or say the match outlived its defendant', () => {
    expect(matchedDefendant(match(1, 'pending'), record, t, format)).toBe('подсудимый № 2, Аманов Е. Б.');
    expect(matchedDefendant(match(0, 'pending'), record, t, format)).toBe('подсудимый № 1');
    expect(matchedDefendant(match(null, 'confirmed'), record, t, format)).toBe(
      'никто из лиц по делу больше не совпадает',
    );
  });

  it('name a woman in the feminine, by what the case calls its defendants at its stage', () => {
    expect(matchedDefendant(match(2, 'pending'), record, t, format)).toBe(
      'подсудимая № 3, Жаксылыкова Д. Е.',
    );
    expect(matchedDefendant(match(3, 'pending'), record, t, format)).toBe('подсудимая № 4');
    // Before court: a suspect or accused; once every one is convicted: the convicted.
    const registered = { ...record, forwardedToCourtOn: null };
    expect(matchedDefendant(match(2, 'pending'), registered, t, format)).toBe(
      'подозреваемая или обвиняемая № 3, Жаксылыкова Д. Е.',
    );
    expect(matchedDefendant(match(1, 'pending'), registered, t, format)).toBe(
      'подозреваемый или обвиняемый № 2, Аманов Е. Б.',
    );
    const convicted = {
      ...record,
      defendants: record.defendants.map((d) => ({ ...d, convictedOn: '2024-06-01' })),
    };
    expect(matchedDefendant(match(2, 'confirmed'), convicted, t, format)).toBe(
      'осуждённая № 3, Жаксылыкова Д. Е.',
    );
    const en = createI18n('en').t;
    expect(matchedDefendant(match(2, 'pending'), record, en, caseFormat(en, 'en'))).toBe(
      'defendant No. 3, Жаксылыкова Д. Е.',
    );
  });

  it('title the flag as a finding only once every match that stands is confirmed', () => {
    const title = (standing: CaseMatch[]) =>
      t(`caseMonitoring.flag.title.${flagStatus(standing)}`, { count: standing.length });
    expect(title([match(1, 'pending')])).toBe('В деле, возможно, фигурирует лицо из реестра поднадзорных');
    expect(title([match(1, 'confirmed')])).toBe('В деле фигурирует лицо из реестра поднадзорных');
    expect(title([match(1, 'confirmed'), match(2, 'pending', 2)])).toBe(
      'В деле, возможно, фигурируют лица из реестра поднадзорных',
    );
    expect(title([match(1, 'confirmed'), match(2, 'confirmed', 2)])).toBe(
      'В деле фигурируют лица из реестра поднадзорных',
    );
  });

  it('say a registration in the registered person’s gender', () => {
    expect(t('caseMonitoring.register.done.F', { personId: 'P-000176' })).toBe(
      'Поставлена на учёт под номером P-000176',
    );
    expect(t('caseMonitoring.register.done.M', { personId: 'P-000185' })).toBe(
      'Поставлен на учёт под номером P-000185',
    );
    expect(t('monitoring.register.done.F', { name: 'Лебедева Вера', personId: 'M-000002' })).toBe(
      'Лебедева Вера поставлена на учёт под № M-000002',
    );
  });

  it('offer the register only to a convicted defendant neither on it from this case nor matched', () => {
    const entry: RegisteredDefendant = {
      defendantIndex: 1,
      personDbId: 5,
      personId: 'P-000185',
      personName: 'Аманов Ерлан Болатович',
    };
    const convicted = { convictedOn: '2024-06-01' };
    expect(registerState(convicted, 1, [], [entry])).toEqual({ kind: 'registered', entry });
    expect(registerState(convicted, 0, [], [entry])).toEqual({ kind: 'offer' });
    expect(registerState({ convictedOn: null }, 0, [], [entry])).toEqual({ kind: 'none' });
    // A match that stands is decided first; a rejected one is someone else.
    expect(registerState(convicted, 0, [match(0, 'pending')], [])).toEqual({ kind: 'matched' });
    expect(registerState(convicted, 0, [match(0, 'confirmed')], [])).toEqual({ kind: 'matched' });
    expect(registerState(convicted, 0, [match(0, 'rejected')], [])).toEqual({ kind: 'offer' });
  });

  it('tag a defendant by the weightiest match that stands: confirmed, then pending; rejected ones not', () => {
    const matches = [match(0, 'rejected', 1), match(1, 'pending', 1), match(1, 'confirmed', 2)];
    expect(standingMatches(matches, 0)).toBeNull();
    expect(standingMatches(matches, 1)).toBe('confirmed');
    expect(standingMatches([match(1, 'pending')], 1)).toBe('pending');
  });
});
