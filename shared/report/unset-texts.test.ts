import { describe, expect, it } from 'vitest';
import type { ReportTexts } from '../domain/report';
import { unsetReviewTexts } from './unset-texts';

const texts = (over: Partial<ReportTexts>): ReportTexts => ({
  office: 'Прокуратура города Астаны',
  department: 'Управление',
  city: 'Астана',
  signatoryTitle: 'Начальник управления',
  signatoryName: 'А. Б. Сериков',
  legalFramework: 'текст',
  prevention: 'текст',
  adviceToVictims: 'текст',
  ...over,
});

describe('review texts still to be set before printing', () => {
  it('finds the placeholder signatory and empty cover lines', () => {
    expect(unsetReviewTexts(texts({ signatoryName: 'Фамилия и инициалы подписывающего' }), 'ru')).toEqual([
      'signatoryName',
    ]);
    expect(unsetReviewTexts(texts({ office: '  ', signatoryTitle: '' }), 'ru')).toEqual([
      'office',
      'signatoryTitle',
    ]);
    expect(unsetReviewTexts(texts({ signatoryName: 'Full name of the signatory' }), 'en')).toEqual([
      'signatoryName',
    ]);
  });

  it('finds nothing once the office has set them', () => {
    expect(unsetReviewTexts(texts({}), 'ru')).toEqual([]);
  });
});
