import { describe, expect, it } from 'vitest';
import { astana2024 } from '../../../shared/report/testing/annual-stats';
import { reportFileName } from './file-name';

describe('the review’s file name', () => {
  const stats = astana2024();
  const quarter = { ...stats, period: { from: '2024-07-01', to: '2024-09-30' } };

  it('names the subject after the days, and nothing for a review of every case', () => {
    expect(reportFileName(quarter, 'ru')).toBe('nadzor-review-2024Q3-extortion-ru.pdf');
    expect(reportFileName(stats, 'kk', 'docx')).toBe('nadzor-review-2024-extortion-kk.docx');
    const everyCase = { ...quarter, scope: { subject: null, articles: null } };
    expect(reportFileName(everyCase, 'en', 'xlsx')).toBe('nadzor-review-2024Q3-en.xlsx');
  });

  it('names articles no subject holds by their numbers, then the district', () => {
    const articles = { ...stats, district: 'Almaty', scope: { subject: null, articles: ['190', '194.1'] } };
    expect(reportFileName(articles, 'ru')).toBe('nadzor-review-2024-art190_194_1-Almaty-ru.pdf');
  });
});
