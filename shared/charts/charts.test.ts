import { describe, expect, it } from 'vitest';
import { astana2024 } from '../report/testing/annual-stats';
import { trendYear } from './testing/trend-year';
import {
  districtsChart,
  pipelineFunnelChart,
  rankedBarsHeight,
  sentencesChart,
  sharesChart,
  trendChart,
  trendScale,
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

  it('funnel: the four steps in pipeline order, not re-sorted, each as wide as its own figure', () => {
    const option = pipelineFunnelChart(stats.pipeline, funnelLabels, 'ru');
    const [room, steps] = seriesOf(option);
    // Centred bars: before each step half of what it lacks of the largest (52), then the step itself.
    expect(room).toMatchObject({ type: 'bar', stack: 'funnel', silent: true });
    expect(room!.data).toEqual([0, 9, 12.5, 20.5]);
    expect(steps).toMatchObject({ type: 'bar', stack: 'funnel' });
    const data = steps!.data as { name: string; value: number }[];
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['Registered', 52],
      ['Forwarded', 34],
      ['Convicted', 27],
      ['Imprisoned', 11],
    ]);
    expect(option.xAxis).toMatchObject({ type: 'value', min: 0, max: 52 });
    // The labels "name: value", one beside each step, in the same order.
    expect((option.yAxis as { data: string[]; inverse: boolean }).inverse).toBe(true);
    expect((option.yAxis as { data: string[] }).data).toEqual([
      'Registered: 52',
      'Forwarded: 34',
      'Convicted: 27',
      'Imprisoned: 11',
    ]);
  });

  it('funnel: a step of none is no shape, however large the step after it (2026: 0, 0, 1, 1)', () => {
    const pipeline = {
      ...stats.pipeline,
      registered: 0,
      forwardedToCourt: 0,
      convictedPersons: 1,
      imprisonedPersons: 1,
    };
    const option = pipelineFunnelChart(pipeline, funnelLabels, 'en');
    const [room, steps] = seriesOf(option);
    expect(room!.data).toEqual([0.5, 0.5, 0, 0]);
    expect((steps!.data as { value: unknown }[]).map((d) => d.value)).toEqual(['-', '-', 1, 1]);
    expect((option.yAxis as { data: string[] }).data).toEqual([
      'Registered: 0',
      'Forwarded: 0',
      'Convicted: 1',
      'Imprisoned: 1',
    ]);
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

  it('trend: a round value axis from zero, so where each point stands is known before drawing', () => {
    expect(trendScale([10, 6, 4, 3, 13, 9, 13, 8])).toEqual({ max: 15, interval: 5 });
    expect(trendScale([10_500, 12_345, 7_203])).toEqual({ max: 15_000, interval: 5_000 });
    expect(trendScale([10, 2])).toEqual({ max: 10, interval: 2 });
    expect(trendScale([41, 30])).toEqual({ max: 50, interval: 10 });
    expect(trendScale([3, 1])).toEqual({ max: 3, interval: 1 });
    expect(trendScale([0, 0])).toEqual({ max: 1, interval: 1 });
  });

  it('trend: a value is printed where no other value, marker or line covers it, equal values once', () => {
    // The audit's figures, drawn 483 × 190 as in the PDF (a scale of 0–15 over 130 px: 8.7 px a case).
    const option = trendChart(
      [trendYear(2024, 10, 6, 4, 3), trendYear(2025, 13, 9, 13, 8)],
      funnelLabels,
      'ru',
      String,
      {
        width: 483,
        height: 190,
      },
    );
    expect(option.yAxis).toMatchObject({ min: 0, max: 15, interval: 5 });
    const places = seriesOf(option).map((line) =>
      (line.data as { label: { show?: boolean; position?: string; formatter: string } }[]).map((d) =>
        d.label.show === false ? `(${d.label.formatter})` : `${d.label.formatter} ${d.label.position}`,
      ),
    );
    expect(places).toEqual([
      // 10 and 13 above: nothing over them.
      ['10 top', '13 top'],
      // 6 above; 9 above (13 is 35 px higher).
      ['6 top', '9 top'],
      // 4: the 6 is 17 px above and the 3 9 px below, the line to 13 leaves on the right: on the left.
      // 13 again: the registered line prints it.
      ['4 left', '(13)'],
      // 3 and 8 below: the 4 and the 9 stand 9 px above them.
      ['3 bottom', '8 bottom'],
    ]);
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
