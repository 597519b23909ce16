/**
 * A review's days in words (shared/report/period-words.ts): a calendar year, a quarter, a half-year
 * or a range of dates, in the forms titles, table heads and comparisons need.
 */
const period = {
  quarterOrdinal: { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth' },
  quarterShort: { 1: 'Q1', 2: 'Q2', 3: 'Q3', 4: 'Q4' },
  halfOrdinal: { 1: 'first', 2: 'second' },
  halfShort: { 1: 'H1', 2: 'H2' },
  /** A title: "the third quarter of 2024". */
  title: {
    year: '{{year}}',
    quarter: 'the {{ordinal}} quarter of {{year}}',
    half: 'the {{ordinal}} half of {{year}}',
    range: '{{from}}–{{to}}',
  },
  /** A table's column head or a chart's axis: "Q3 2024". */
  short: {
    year: '{{year}}',
    quarter: '{{short}} {{year}}',
    half: '{{short}} {{year}}',
    range: '{{from}}–{{to}}',
  },
  /** When something happened: "in the third quarter of 2024". */
  in: {
    year: 'in {{year}}',
    quarter: 'in the {{ordinal}} quarter of {{year}}',
    half: 'in the {{ordinal}} half of {{year}}',
    range: 'from {{from}} to {{to}}',
  },
  /** The comparison with the same days a year before. */
  comparedWith: {
    year: 'compared with {{year}}',
    period: 'compared with the same period of {{year}}',
  },
  /** The Reports screen's period picker. */
  picker: {
    kind: 'Period',
    year: 'Whole year',
    quarter: 'Quarter',
    half: 'Half-year',
    range: 'Dates',
    from: 'From',
    to: 'To',
  },
  /** The comparison and the tables, where a year's words would say "the year before". */
  samePeriod: 'same period of {{year}}:',
  samePeriodLabel: '{{figure}} in the same period of {{year}}',
  cellLabel: '{{name}}, {{period}}',
  drillIn: '{{title}} · {{period}}',
  districtsChart: 'Cases registered per district, {{previous}} and {{current}}, as bars',
  trendChart: 'Registered, forwarded to court, convicted and imprisoned, {{from}} to {{to}}, as lines',
  funnelChart: 'From registration to sentence, {{title}}',
  trendTitle: 'Registered, forwarded, convicted and imprisoned, {{from}} to {{to}}',
  /** The review's title for days other than a calendar year (the annual review's is report.title). */
  reviewTitle: 'Review',
  /** The cover's line under the title. */
  /** The Reports screen's PDF dialog. */
  pdfTitle: 'Review: {{title}}, PDF',
  subtitle: 'Crime and pre-trial investigation {{in}}',
  subtitleDistrict: 'Crime and pre-trial investigation {{in}}: {{district}} district',
  /** Every page's running head. */
  header: '{{office}} · Review: {{title}}',
};
export default period;
