/** The report's texts in Settings, and their defaults drawn from the Astana review (English). */
const reportSettings = {
  title: 'Annual review',
  hint: 'The cover and the text blocks of the annual review PDF, in each language the review can be produced in. A text never changed here uses the default wording.',
  tab: {
    ru: 'Russian text',
    kk: 'Kazakh text',
    en: 'English text',
  },
  tabHasErrors: '(has errors)',
  cover: 'Cover',
  blocks: 'Text blocks',
  issueDate: 'Date of issue',
  issueDateHint:
    'Printed on the cover in every language. Leave empty to print the date of the data the figures came from.',
  field: {
    office: 'Office',
    department: 'Department',
    city: 'City',
    signatoryTitle: 'Signatory’s position',
    signatoryName: 'Signatory’s name',
    legalFramework: 'Legal framework',
    prevention: 'Prevention measures',
    adviceToVictims: 'Advice to victims',
  },
  help: {
    signatoryName: 'Replace with the name of the person who signs the review',
    paragraphs: 'Separate paragraphs with an empty line.',
  },
  restore: 'Restore default',
  restoreField: 'Restore the default text: {{field}}',
  save: 'Save review texts',
  saved: 'Annual review texts saved',
  unsaved: 'There are unsaved changes',
  invalid: 'Some fields need attention; the tabs with errors are marked.',
  defaults: {
    office: 'Prosecutor’s Office of Astana',
    department:
      'Department of Supervision over the Legality of Pre-trial Investigation and Criminal Prosecution',
    city: 'Astana',
    signatoryTitle: 'Head of Department',
    signatoryName: 'Full name of the signatory',
    // General: a subject's own articles follow it (Settings → Review subjects).
    legalFramework:
      'The prosecutor’s office supervises the legality of pre-trial investigation and criminal prosecution under the Constitution of the Republic of Kazakhstan, the Constitutional Law on the Prosecutor’s Office and the Code of Criminal Procedure. The review counts criminal cases registered in the Unified Register of Pre-trial Investigations; the offences themselves are defined by the Criminal Code of the Republic of Kazakhstan.',
    prevention: [
      'The Prosecutor’s Office of Astana is stepping up supervision of previously convicted persons: those released after serving their sentences are monitored together with the police, and every breach is acted on at once.',
      'Many crimes now begin online, in messengers, social networks and dating services. Digital literacy therefore remains a priority: residents are reminded not to share personal documents, passwords or confirmation codes with people they know only online, and to protect their accounts.',
      'Anonymous hotlines are at work, and human-rights organisations are helping victims who decide to seek help. Every report is examined, and every case is monitored under the “Law and Order” principle.',
    ].join('\n\n'),
    adviceToVictims: [
      'Do not transfer money or give out personal data, passwords or confirmation codes when strangers demand or ask for them, even if they say they work for a bank or a state body.',
      'Keep all evidence: messages, screenshots, call recordings, documents, and account and card details. Do not delete the correspondence.',
      'Contact the police (102) or the prosecutor’s office at once. Your anonymity is guaranteed by law, and the Prosecutor’s Office of Astana ensures the safety and support of victims.',
    ].join('\n\n'),
  },
};

export default reportSettings;
