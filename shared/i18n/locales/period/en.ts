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
  /** The review's title for days other than a calendar year (the annual review's is report.title). */
  reviewTitle: 'Review',
  /** The cover's line under the title. */
  subtitle: 'Crime and pre-trial investigation {{in}}',
  subtitleDistrict: 'Crime and pre-trial investigation {{in}}: {{district}} district',
  /** Every page's running head. */
  header: '{{office}} · Review: {{title}}',
};
export default period;
