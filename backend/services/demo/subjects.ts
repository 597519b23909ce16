import { languages, type Language } from '../../../shared/domain/fields';
import type { ReviewSubjects } from '../../../shared/domain/review-subject';
import { translate } from '../../../shared/i18n';

const inEvery = (key: string) =>
  Object.fromEntries(languages.map((language) => [language, translate(language, key)])) as Record<
    Language,
    string
  >;

/** The demo unit's review subjects: extortion (its review, the default) and fraud. */
export const demoSubjects = (): ReviewSubjects => ({
  subjects: (
    [
      ['extortion', '194'],
      ['fraud', '190'],
    ] as const
  ).map(([name, code]) => ({
    name,
    title: inEvery(`subjects.demo.${name}.title`),
    articles: [{ code, legal: inEvery(`subjects.demo.${name}.legal`) }],
  })),
  defaultSubject: 'extortion',
});
