/** The English strings; ru and kk must have exactly these keys (checked by the type below and a test). */
const en = {
  app: {
    name: 'Nadzor',
    tagline: 'Supervision over pre-trial investigation',
    loading: 'Loading…',
    offline: 'All data stays on this computer.',
    retry: 'Retry',
  },
  nav: {
    label: 'Sections',
    dashboard: 'Dashboard',
    cases: 'Cases',
    monitoring: 'Monitoring',
    reports: 'Reports',
    audit: 'Audit',
    settings: 'Settings',
  },
  placeholder: {
    title: 'Coming soon',
    monitoring:
      'The register of previously convicted persons under supervision will be kept here: check-ins, violations and re-offending alerts.',
    reports:
      'The annual review will be produced here: key figures, districts, victims and offenders, platforms and tactics, in Russian, Kazakh and English.',
    audit: 'The complete, tamper-evident history of every change will be reviewed here.',
    dashboard: 'Counts per stage and overdue cases will be shown here.',
  },
  cases: {
    title: 'Cases',
    new: 'New case',
    create: 'Register case',
    cancel: 'Cancel',
    created: 'Case {{registryNumber}} registered',
    empty: 'No cases yet. Register the first one with “New case”.',
    searchPlaceholder: 'Registry number',
    search: 'Search by registry number',
    notFound: 'Nothing found for “{{search}}”',
    total_one: '{{count}} case',
    total_other: '{{count}} cases',
    stage: {
      registered: 'Registered',
      forwarded: 'Forwarded to court',
      verdict: 'Verdict delivered',
      sentenced: 'Sentenced',
      closed: 'Closed',
    },
    field: {
      registryNumber: 'Registry number (ERDR)',
      article: 'Article',
      part: 'Part',
      district: 'District',
      registeredOn: 'Registration date',
      stage: 'Stage',
    },
    prompt: {
      article: 'Choose an article',
      district: 'Choose a district',
      registeredOn: 'YYYY-MM-DD',
    },
    hint: {
      registryNumber: 'As in the Unified Register of Pre-trial Investigations, up to 32 characters',
    },
  },
  settings: {
    title: 'Settings',
    language: 'Interface language',
    languageSaved: 'Language saved',
    database: 'Database file',
    schemaVersion: 'Schema version',
    version: 'Application version',
    about: 'About',
  },
  language: { ru: 'Русский', kk: 'Қазақша', en: 'English' },
  errors: {
    reference: {
      district: 'Unknown district “{{name}}”',
      article: 'Unknown article “{{name}}”',
      platform: 'Unknown platform “{{name}}”',
      tactic: 'Unknown tactic “{{name}}”',
      name: 'Enter a name without spaces at the start or end',
      taken: '“{{name}}” already exists',
      notFound: 'This value no longer exists',
      rename: 'The name cannot be changed once recorded; edit the labels instead',
    },
    case: {
      notFound: 'Case not found',
      noSuchParty: 'No such party in this case',
    },
    correction: {
      reasonRequired: 'Changing recorded facts ({{fields}}) needs a reason',
    },
    sex: 'expected "M" or "F"',
    employment: 'expected one of: employed, unemployed, informal, student, pensioner, other',
    integer: 'expected a whole number',
    nonNegative: 'must not be negative',
    number: 'expected a number',
    boolean: 'expected true or false',
    closedReason: 'expected one of: discontinued, suspended, merged, transferred',
    duplicate: '“{{value}}” is listed twice',
    birthYearMismatch: 'birth year does not match the birth date',
    file: {
      format: 'expected "nadzor.cases/v1"',
      cases: 'expected a list of cases',
    },
    sentence: {
      type: 'expected one of: imprisonment, restriction, suspended, fine, other',
      termRequired: 'a term in years and/or months is required for this sentence',
      termNotAllowed: 'a fine has no term in years or months',
      fineRequired: 'the fine amount (fineKzt) is required',
      fineNotAllowed: 'only a fine has an amount',
    },
    pipeline: {
      forwardedBeforeRegistered: 'cannot be before the registration date ({{date}})',
      closedBeforeRegistered: 'cannot be before the registration date ({{date}})',
      closedTogether: 'the closure date and reason go together',
      closedAndForwarded: 'a closed case cannot be forwarded to court',
      verdictExclusive: 'a defendant is either convicted or acquitted, not both',
      verdictWithoutForward: 'a verdict needs the case forwarded to court first',
      verdictBeforeForward: 'cannot be before the case was forwarded to court ({{date}})',
      sentenceWithoutConviction: 'only a convicted defendant can be sentenced',
      sentenceBeforeConviction: 'cannot be before the conviction ({{date}})',
    },
    import: {
      notJson: 'The file is not valid JSON: {{detail}}',
      noSuchJob: 'This import is no longer known; start it again',
      invalid: 'The file has {{count}} problems; nothing was imported',
      conflicts: '{{count}} registry numbers are already in the database: {{numbers}}',
      exists: 'registry number {{registryNumber}} is already in the database',
    },
    required: 'Required',
    tooLong: 'Too long (at most {{maximum}} characters)',
    invalid: 'Invalid value',
    invalidType: 'Expected {{expected}}',
    tooSmall: 'Must be at least {{minimum}}',
    tooBig: 'Must be at most {{maximum}}',
    unknownKey: 'Unknown field “{{key}}”',
    oneOf: 'Expected one of: {{options}}',
    date: { format: 'Expected a date as YYYY-MM-DD' },
    registryNumber: {
      duplicateInFile: 'the same registry number as cases[{{index}}]',
      tooLong: 'At most 32 characters',
      spaces: 'Remove spaces at the start or end',
      control: 'Contains characters that cannot be typed',
      taken: 'A case with registry number {{registryNumber}} already exists',
    },
    article: { text: 'expected text, e.g. "194"' },
    invalidInput: 'Some fields need attention',
    unknownMethod: 'Unknown operation “{{method}}”',
    internal: 'Something went wrong; nothing was saved. Details are in the application log.',
    dbTooNew:
      'This database was written by a newer version of Nadzor (schema {{found}}, this version knows up to {{supported}}). It was left untouched; update Nadzor to open it.',
    dbNotNadzor: 'This file is not a Nadzor database; it was left untouched.',
    network: 'The application backend is not responding.',
    unauthorized: 'This session is not authorised.',
  },
};

export default en;

// Russian needs `_few`/`_many` plural forms beside the `_one`/`_other` English has.
type PluralExtras<T> = { [K in keyof T as K extends `${infer B}_other` ? `${B}_few` | `${B}_many` : never]?: string };
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> } & PluralExtras<T>;
/** Same keys as English, any wording: a missing or extra key in ru or kk fails the build. */
export type LocaleStrings = Strings<typeof en>;
