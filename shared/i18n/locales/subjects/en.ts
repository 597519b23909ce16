/** Review subjects (issue 15): Settings' card, the Reports screen's picker, the review's wording, the demo's subjects. */
const subjects = {
  title: 'Review subjects',
  hint: 'A review is made for a crime type: one or more articles of the Criminal Code. The default subject is preselected on the Reports screen and counted when no other is chosen; with none, a review counts every registered case.',
  empty: 'No subjects yet: every review counts every registered case.',
  column: {
    name: 'Name',
    title: 'Title',
    articles: 'Articles',
  },
  isDefault: 'Default',
  add: 'Add a subject',
  edit: 'Edit the subject “{{name}}”',
  remove: 'Remove',
  removeNamed: 'Remove the subject “{{name}}”',
  removeConfirm: 'Remove the subject “{{name}}”? Reviews of its articles can still be asked for by article.',
  makeDefault: 'Make default',
  makeDefaultNamed: 'Make “{{name}}” the default',
  noDefault: 'Count every case by default',
  saved: 'Review subjects saved',
  form: {
    newTitle: 'New subject',
    editTitle: 'Subject “{{name}}”',
    name: 'Short name',
    nameHelp:
      'Small Latin letters, digits, - and _, such as extortion: the command line takes it (--subject extortion).',
    titleIn: 'Title in {{language}}',
    titleHelp:
      'As the review’s cover and the Reports screen name it, e.g. “Extortion — art. 194 of the Criminal Code”.',
    articles: 'Articles',
    article: 'Article',
    legalIn: 'Legal text of article {{article}} in {{language}}',
    legalHelp:
      'Printed in the review’s legal basis after the general text; paragraphs apart by a blank line.',
    addArticle: 'Add an article',
    removeArticle: 'Remove the article',
    save: 'Save the subject',
    cancel: 'Cancel',
  },
  language: {
    ru: 'Russian',
    kk: 'Kazakh',
    en: 'English',
  },
  picker: {
    label: 'Subject',
    all: 'All cases',
  },
  review: {
    articles: 'art. {{list}} of the Criminal Code',
    covers: 'The review covers the cases of {{subject}}.',
    coversAll: 'The review covers every registered criminal case, whatever its article.',
    allCases: 'All registered criminal cases',
  },
  demo: {
    extortion: {
      title: 'Extortion — art. 194 of the Criminal Code',
      legal: [
        'Extortion is a crime under Article 194 of the Criminal Code of the Republic of Kazakhstan: demanding the transfer of another person’s property or a right to it, or other property-related actions, under the threat of violence, of destroying or damaging property, or of spreading information that disgraces the victim or their relatives.',
        'The offence is punishable by imprisonment for up to seven years. Extortion committed with violence or by a group of persons by prior conspiracy is punishable by up to ten years, and where it causes grave harm to health or large damage, by up to fifteen years.',
        'In addition to imprisonment, the court may impose a fine and order the confiscation of property.',
      ].join('\n\n'),
    },
    fraud: {
      title: 'Fraud — art. 190 of the Criminal Code',
      legal:
        'Fraud is a crime under Article 190 of the Criminal Code of the Republic of Kazakhstan: taking another person’s property, or acquiring a right to it, by deceit or abuse of trust. Fraud by a group by prior conspiracy, on a large scale or through information systems is punished more severely, up to imprisonment.',
    },
  },
};

export default subjects;
