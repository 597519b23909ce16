import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n';
import { astana2024 } from '../../../../shared/report/testing/annual-stats';
import { reviewHeading } from './review-heading';

const district = (name: string) => ({ Almaty: 'Алматы' })[name] ?? name;

describe('the line naming what the Reports screen counts', () => {
  const quarter = { ...astana2024(), period: { from: '2024-07-01', to: '2024-09-30' } };

  it('names the subject, the period as the review words it, and the city', () => {
    const ru = createI18n('ru').t;
    const words = {
      subject: 'Вымогательство — ст. 194 УК РК',
      city: 'Астана',
      labels: { district, language: 'ru' as const },
    };
    expect(reviewHeading(ru, quarter, words)).toBe(
      'Вымогательство — ст. 194 УК РК · III квартал 2024 года · Астана',
    );
    expect(reviewHeading(ru, { ...astana2024(), district: 'Almaty' }, words)).toBe(
      'Вымогательство — ст. 194 УК РК · 2024 год · район Алматы',
    );
  });

  it('says every case when no subject is counted, in each language, and leaves out an emptied city', () => {
    const everyCase = { ...quarter, scope: { subject: null, articles: null } };
    const en = createI18n('en').t;
    expect(
      reviewHeading(en, everyCase, { subject: null, city: 'Astana', labels: { district, language: 'en' } }),
    ).toBe('All registered criminal cases · the third quarter of 2024 · Astana');
    const kk = createI18n('kk').t;
    expect(
      reviewHeading(
        kk,
        { ...everyCase, district: 'Almaty' },
        { subject: null, city: '', labels: { district, language: 'kk' } },
      ),
    ).toMatch(/^.+ · 2024 жылғы III тоқсан · Алматы ауданы$/);
  });
});
