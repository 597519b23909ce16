import { describe, expect, it } from 'vitest';
import { astana2024 } from '../report/testing/annual-stats';
import {
  districtsChart,
  pipelineFunnelChart,
  rankedBarsHeight,
  sentencesChart,
  sharesChart,
  trendChart,
  victimAgeChart,
  victimEmploymentChart,
} from '.';

/** The option's series as plain data (options are plain data: no functions, so screen and server agree). */
const seriesOf = (option: object) =>
  (JSON.parse(JSON.stringify(option)) as { series: Record<string, unknown>[] }).series;
const labelsOf = (data: unknown) =>
  (data as { label: { formatter: string } }[]).map((d) => d.label.formatter.replace(/\u00a0/g, ' '));

const stats = astana2024();
const funnelLabels = {
  registered: 'Registered',
  forwardedToCourt: 'Forwarded',
  convictedPersons: 'Convicted',
  imprisonedPersons: 'Imprisoned',
};

describe('chart options', () => {
  it('are plain data without animation, the same on every call', () => {
    const options = [
      pipelineFunnelChart(stats.pipeline, funnelLabels, 'en'),
      districtsChart(
        [{ label: 'Almaty', registered: 22, previous: 28 }],
        { current: '2024', previous: '2023' },
        'en',
      ),
      sharesChart([{ label: 'Telegram', cases: 20, pct: 38.5 }], 'en'),
    ];
    for (const option of options) {
      expect(option.animation).toBe(false);
      expect(JSON.parse(JSON.stringify(option))).toEqual(option);
    }
    expect(pipelineFunnelChart(stats.pipeline, funnelLabels, 'en')).toEqual(options[0]);
  });

  it('funnel: the four steps in pipeline order, not re-sorted, labelled with their figures', () => {
    const [funnel] = seriesOf(pipelineFunnelChart(stats.pipeline, funnelLabels, 'ru'));
    expect(funnel).toMatchObject({ type: 'funnel', sort: 'none', max: 52 });
    const data = funnel!.data as { name: string; value: number }[];
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['Registered', 52],
      ['Forwarded', 34],
      ['Convicted', 27],
      ['Imprisoned', 11],
    ]);
    expect(labelsOf(data)).toEqual(['Registered: 52', 'Forwarded: 34', 'Convicted: 27', 'Imprisoned: 11']);
  });

  it('districts: the year before beside the year under review, named by the years', () => {
    const option = districtsChart(
      [
        { label: 'Алматы', registered: 22, previous: 28 },
        { label: 'Есиль', registered: 14, previous: 16 },
      ],
      { current: '2024', previous: '2023' },
      'ru',
    );
    const [previous, current] = seriesOf(option);
    expect(previous).toMatchObject({ name: '2023', type: 'bar' });
    expect(current).toMatchObject({ name: '2024', type: 'bar' });
    expect((previous!.data as { value: number }[]).map((d) => d.value)).toEqual([28, 16]);
    expect((current!.data as { value: number }[]).map((d) => d.value)).toEqual([22, 14]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Алматы', 'Есиль']);
  });

  it('trend: one line per figure in pipeline order, the years along the axis, values printed in the language', () => {
    const year = (y: number, registered: number, forwarded: number) => ({
      year: y,
      registered,
      forwardedToCourt: forwarded,
      convictedPersons: 1,
      sentencedPersons: 1,
      imprisonedPersons: 0,
      clearanceRatePct: null,
    });
    const option = trendChart([year(2023, 1200, 40), year(2024, 52, 34)], funnelLabels, 'ru');
    expect(option.animation).toBe(false);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2023', '2024']);
    const series = seriesOf(option);
    expect(series.map((line) => [line.name, line.type])).toEqual([
      ['Registered', 'line'],
      ['Forwarded', 'line'],
      ['Convicted', 'line'],
      ['Imprisoned', 'line'],
    ]);
    expect(labelsOf(series[0]!.data)).toEqual(['1 200', '52']);
    expect((series[3]!.data as { value: number }[]).map((d) => d.value)).toEqual([0, 0]);
  });

  it('platforms and tactics keep their rank and print count and share in the language', () => {
    const rows = stats.platforms.map((p) => ({ label: p.name, cases: p.cases, pct: p.pct }));
    const option = sharesChart(rows, 'ru');
    expect((option.yAxis as { data: string[]; inverse: boolean }).data).toEqual([
      'Telegram',
      'Instagram',
      'Badoo',
      'WhatsApp',
    ]);
    expect((option.yAxis as { inverse: boolean }).inverse).toBe(true);
    expect(labelsOf(seriesOf(option)[0]!.data)).toEqual([
      '20 · 38,5 %',
      '14 · 26,9 %',
      '8 · 15,4 %',
      '5 · 9,6 %',
    ]);
    expect(labelsOf(seriesOf(sharesChart(rows, 'en'))[0]!.data)[0]).toBe('20 · 38.5%');
  });

  it('victims by age keep the bands in order; by employment largest first, empty values left out', () => {
    const bandLabels = {
      under18: '<18',
      '18to20': '18–20',
      '21to39': '21–39',
      '40to59': '40–59',
      '60plus': '60+',
      unknown: '?',
    };
    const age = victimAgeChart(stats.victims.ageBands, bandLabels, 'en');
    expect((age.yAxis as { data: string[] }).data).toEqual(['<18', '18–20', '21–39', '40–59', '60+', '?']);
    const jobs = {
      employed: 'E',
      unemployed: 'U',
      informal: 'I',
      student: 'S',
      pensioner: 'P',
      other: 'O',
      unknown: '?',
    };
    const employment = victimEmploymentChart({ ...stats.victims.employment, other: 0 }, jobs, 'en');
    expect((employment.yAxis as { data: string[] }).data).toEqual(['I', 'E', 'U', 'S', '?', 'P']);
  });

  it('sentences: types by persons, the most frequent first, none for a type nobody received', () => {
    const labels = {
      imprisonment: 'prison',
      restriction: 'restriction',
      suspended: 'suspended',
      fine: 'fine',
      other: 'other',
    };
    const option = sentencesChart(stats.sentences.byType, labels, 'en');
    expect((option.yAxis as { data: string[] }).data).toEqual(['prison', 'suspended', 'restriction', 'fine']);
    expect(rankedBarsHeight(4)).toBeGreaterThan(rankedBarsHeight(1));
  });
});
