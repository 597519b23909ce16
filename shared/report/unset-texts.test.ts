import { describe, expect, it } from 'vitest';
import type { ReportTexts } from '../domain/report';
import { unnamedInReview, unsetReviewTexts } from './unset-texts';

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

describe('reference values the review would print without a name in its language', () => {
  const named = (
    kind: 'district' | 'tactic',
    name: string,
    ru: string | null,
    kk: string | null,
    en: string | null,
  ) => ({
    kind,
    name,
    labels: { ru, kk, en },
  });
  const values = {
    district: [
      named('district', 'Yesil', 'Есиль', 'Есіл', 'Yesil'),
      named('district', 'Kosshy', null, null, null),
    ],
    tactic: [
      named('tactic', 'intimate-images', 'Интимные изображения', 'Интимдік суреттер', 'Intimate images'),
      named('tactic', 'sextortion-bot', 'Бот-вымогатель', null, null),
    ],
  };
  const stats = {
    district: null,
    districts: [
      { district: 'Yesil', registered: 4, previous: 3, changePct: 33.3 },
      { district: 'Kosshy', registered: 1, previous: 0, changePct: null },
    ],
    tactics: [
      { name: 'sextortion-bot', cases: 1, pct: 7.7 },
      { name: 'intimate-images', cases: 4, pct: 30.8 },
    ],
  };

  it('names, by kind, each value the figures use that lacks the review language’s name', () => {
    expect(unnamedInReview(stats, values, 'ru')).toEqual([{ kind: 'district', names: ['Kosshy'] }]);
    expect(unnamedInReview(stats, values, 'kk')).toEqual([
      { kind: 'district', names: ['Kosshy'] },
      { kind: 'tactic', names: ['sextortion-bot'] },
    ]);
  });

  it('ignores values the review does not name, and a district review names its own district once', () => {
    const kosshyReview = { ...stats, district: 'Kosshy', districts: [], tactics: [] };
    expect(unnamedInReview(kosshyReview, values, 'en')).toEqual([{ kind: 'district', names: ['Kosshy'] }]);
    const yesilOnly = { ...stats, districts: stats.districts.slice(0, 1), tactics: [] };
    expect(unnamedInReview(yesilOnly, values, 'ru')).toEqual([]);
  });
});
