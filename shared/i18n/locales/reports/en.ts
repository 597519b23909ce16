/** The Reports screen (English). */
const reports = {
  title: 'Reports',
  /** The line naming what the figures count: "Extortion — art. 194 · the third quarter of 2024 · Almaty district". */
  heading: { district: '{{district}} district' },
  empty: 'Nothing was recorded in {{year}}: no case was registered, forwarded to court or decided.',
  emptyDistrict:
    'Nothing was recorded in {{district}} in {{year}}: no case was registered, forwarded to court or decided.',
  controls: {
    label: 'Report options',
    year: 'Year',
    district: 'District',
    allDistricts: 'All districts',
    language: 'Report language',
  },
  /**
   * The sections the review has none of its own for. The others, and the figures, rows, categories and
   * the "new" marker, are named by the review's keys (report.*): one name on screen and on paper.
   */
  section: {
    victims: 'Victims',
    platforms: 'Platforms',
    tactics: 'Tactics',
  },
  /** A figure the review states only in its text. */
  figure: {
    acquittedPersons: 'Persons acquitted',
  },
  key: {
    previousYear: 'in {{year}}:',
    previousLabel: '{{figure}} in {{year}}',
    term_one: 'term of {{years}} year',
    term_other: 'term of {{years}} years',
    termRange_one: 'terms of {{min}} to {{max}} year',
    termRange_other: 'terms of {{min}} to {{max}} years',
    clearanceDetail: '{{forwarded}} forwarded of {{registered}} registered',
  },
  chart: {
    funnel: 'Registered, forwarded to court, convicted and imprisoned, as a funnel',
    districts: 'Cases registered per district in {{previous}} and {{year}}, as bars',
    trend: 'Registered, forwarded to court, convicted and imprisoned from {{from}} to {{to}}, as lines',
  },
  trend: {
    cellLabel: '{{figure}}, {{year}}',
  },
  districts: {
    cellLabel: '{{district}}, {{year}}',
    empty: 'No district had a case in either year',
  },
  table: { empty: 'None' },
  victims: {
    total: 'Victims in all',
    women: 'Women among victims',
    byAge: 'By age at registration',
    byEmployment: 'By employment',
  },
  /** A hint under the offenders' count (report.subsection.offenders). */
  offenders: { eachOnce: 'Each person counted once' },
  sentences: {
    byType: 'By type',
    noTerms: 'No one was sentenced to imprisonment',
    term: 'Term',
  },
  drill: {
    title: {
      registered: 'Cases registered {{in}}',
      forwardedToCourt: 'Cases forwarded to court {{in}}',
      convictedPersons: 'Persons convicted {{in}}',
      acquittedPersons: 'Persons acquitted {{in}}',
      sentencedPersons: 'Persons sentenced {{in}}',
      imprisonedPersons: 'Persons sentenced to imprisonment {{in}}',
      groupCrime: 'Group crimes among the cases registered {{in}}',
      platform: 'Cases registered {{in}} on {{name}}',
      tactic: 'Cases registered {{in}} with the tactic “{{name}}”',
      sentenceType: 'Sentenced {{in}}: {{name}}',
      imprisonmentTerm_one: 'Sentenced {{in}} to {{years}} year of imprisonment',
      imprisonmentTerm_other: 'Sentenced {{in}} to {{years}} years of imprisonment',
      offenders: {
        all: 'Offenders in the cases registered {{in}}',
        men: 'Men among the offenders, {{title}}',
        age17to60: 'Offenders aged 17 to 60, {{title}}',
        priorConviction: 'Previously convicted offenders, {{title}}',
        unemployed: 'Unemployed offenders, {{title}}',
      },
      victims: 'Victims in the cases registered {{in}}',
      victimsWomen: 'Women among the victims, {{title}}',
      victimsAge: 'Victims by age: {{band}}, {{title}}',
      victimsEmployment: 'Victims by employment: {{employment}}, {{title}}',
    },
    basis: {
      registration: 'Counted by the registration date, {{in}}.',
      event: 'Counted by the date in the last column, {{in}}, even when the case was registered earlier.',
      offenders: 'Defendants of the cases registered {{in}}, each person once.',
    },
    inDistrict: '{{title}} · {{district}}',
    count: {
      cases_one: '{{number}} case',
      cases_other: '{{number}} cases',
      persons_one: '{{number}} person',
      persons_other: '{{number}} persons',
      victims_one: '{{number}} victim',
      victims_other: '{{number}} victims',
    },
    column: {
      case: 'Case',
      forwardedOn: 'Forwarded to court',
      convictedOn: 'Convicted',
      acquittedOn: 'Acquitted',
      sentencedOn: 'Sentenced',
      age: 'Age',
      personId: 'Person ID',
      priorConvictions: 'Prior convictions',
    },
    close: 'Close the list',
    empty: 'Nobody',
  },
  fileSaved: 'Saved {{file}}',
  docx: {
    button: 'Word (.docx)',
  },
  spreadsheet: {
    button: 'Tables to Excel',
  },
  pdf: {
    unsetTexts: "The review's texts ({{language}}) are not set: {{fields}}.",
    unnamed:
      "These values have no name in the review's language ({{language}}) and will be printed as the data spell them: {{values}}.",
    setThem: 'Set them in Settings before generating the PDF.',
    askAdministrator: 'An administrator sets them in Settings: ask for them before generating the PDF.',
    openSettings: 'Open Settings',
    generate: 'Generate PDF',
    title: 'Annual review {{year}}, PDF',
    progress: 'Generating the PDF',
    rendering: 'Preparing the preview…',
    preview: 'Preview of the review',
    page: 'Page {{number}}',
    save: 'Save PDF',
    close: 'Close',
    failed: 'The PDF could not be generated.',
    previewFailed: 'The preview could not be shown; the PDF itself can still be saved.',
    retry: 'Try again',
  },
};

export default reports;
