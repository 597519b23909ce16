import { describe, expect, it } from 'vitest';
import type { CaseRecord, Defendant } from '../../../../shared/domain/case-record';
import type { CaseMatch } from '../../../../shared/domain/monitoring-api';
import { createI18n } from '../../../../shared/i18n';
import { caseFormat } from './format';
import { matchedDefendant, standingMatches } from './match-words';

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

const defendant = (fullName: string | null): Defendant => ({
  personId: null,
  fullName,
  sex: 'M',
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
  const record = { defendants: [defendant(null), defendant('Аманов Ерлан Болатович')] } as CaseRecord;

  it('name the defendant as the page does, or say the match outlived its defendant', () => {
    expect(matchedDefendant(match(1, 'pending'), record, t, format)).toBe('подсудимый № 2, Аманов Е. Б.');
    expect(matchedDefendant(match(0, 'pending'), record, t, format)).toBe('подсудимый № 1');
    expect(matchedDefendant(match(null, 'confirmed'), record, t, format)).toBe(
      'ни один подсудимый по делу больше не совпадает',
    );
  });

  it('tag a defendant by the weightiest match that stands: confirmed, then pending; rejected ones not', () => {
    const matches = [match(0, 'rejected', 1), match(1, 'pending', 1), match(1, 'confirmed', 2)];
    expect(standingMatches(matches, 0)).toBeNull();
    expect(standingMatches(matches, 1)).toBe('confirmed');
    expect(standingMatches([match(1, 'pending')], 1)).toBe('pending');
  });
});
