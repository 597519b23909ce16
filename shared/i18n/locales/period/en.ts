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
  inSamePeriod: 'in the same period of {{year}}',
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
  basis: 'Only the days from {{from}} to {{to}} are counted, both included.',
  districtsChart: 'Cases registered per district, {{previous}} and {{current}}, as bars',
  trendChart: 'Registered, forwarded to court, convicted and imprisoned, {{from}} to {{to}}, as lines',
  funnelChart: 'From registration to sentence, {{title}}',
  trendTitle: 'Registered, forwarded, convicted and imprisoned, {{from}} to {{to}}',
  /** The review's title for days other than a calendar year (the annual review's is report.title). */
  /**
   * The review's sentences that name its days, for a period other than the calendar year: the
   * same sentences as report.narrative, with "in the third quarter of 2024" where they say "in 2024".
   */
  narrative: {
    registered_one: '{{In}}, {{n}} criminal case was registered',
    registered_other: '{{In}}, {{n}} criminal cases were registered',
    changeFewer: ', {{pct}} fewer than {{inBefore}} ({{previous}}).',
    changeMore: ', {{pct}} more than {{inBefore}} ({{previous}}).',
    changeSame: ', as many as {{inBefore}}.',
    changeNew: '; none had been registered {{inBefore}}.',
    districtsNone: 'No cases were registered {{in}} or {{inBefore}}.',
    districtsNew_one: '{{list}} district, with no cases registered {{inBefore}}, is marked “new”.',
    districtsNew_other: '{{list}} districts, with no cases registered {{inBefore}}, are marked “new”.',
    victims_one: 'The cases registered {{in}} name {{n}} victim; women make up {{women}}.',
    victims_other: 'The cases registered {{in}} name {{n}} victims; women make up {{women}}.',
    victimsNone: 'No victims are recorded in the cases registered {{in}}.',
    offenders_one: '{{n}} offender was identified in the cases registered {{in}}.',
    offenders_other: '{{n}} offenders were identified in the cases registered {{in}}.',
    offendersNone: 'No offenders were identified in the cases registered {{in}}.',
    groupCrime: '{{pct}} of the cases registered {{in}} were committed by a group.',
    platformsNone: 'No platforms are recorded in the cases registered {{in}}.',
    tacticsNone: 'No tactics are recorded in the cases registered {{in}}.',
    sentenced_one:
      '{{In}}, {{n}} person was sentenced; the most frequent sentence is {{type}} ({{typeCount}}).',
    sentenced_other:
      '{{In}}, {{n}} persons were sentenced; the most frequent sentence is {{type}} ({{typeCount}}).',
    sentencedNone: 'No sentences were passed {{in}}.',
  },
  /** The register's sentences that name the review's days (monitoringReport.narrative), for a period. */
  monitoringNarrative: {
    monitored_one: '{{In}}, {{n}} person was under supervision',
    monitored_other: '{{In}}, {{n}} persons were under supervision',
    newPeriods_zero: 'In the period, no new supervision period began.',
    newPeriods_one: 'In the period, {{n}} new supervision period began.',
    newPeriods_other: 'In the period, {{n}} new supervision periods began.',
  },
  /**
   * The register's figures whose calendar-year labels speak of the year (monitoringReport.figure),
   * naming the review's days instead: "Persons under supervision in the third quarter of 2024".
   */
  monitoringFigure: {
    personsMonitored: 'Persons under supervision {{in}}',
    offendersOnRegister: 'Persons on the register among those who offended {{in}}',
  },
  monitoringNone:
    'The monitoring register has nothing {{in}}: nobody was under supervision and no new offence was confirmed.',
  aboutIntro:
    'Every figure in this review is computed from the case register of Nadzor by the counting rules of the interchange contract: by the date of each event within the period, both ends included.',
  /** The Reports screen when nothing happened in the period. */
  empty: 'Nothing was recorded {{in}}: no case was registered, forwarded to court or decided.',
  emptyDistrict:
    'Nothing was recorded in {{district}} {{in}}: no case was registered, forwarded to court or decided.',
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
