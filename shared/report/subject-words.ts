import type { Language } from '../domain/fields';
import type { ReviewSubjects } from '../domain/review-subject';
import type { StatsCounted } from '../domain/stats';
import { translate } from '../i18n';

/** How the review names what it counts, in its language (cover, headers, lead, legal basis). */
export interface SubjectWords {
  /** The subject's title ("Extortion — art. 194 …"); null when the review counts every case. */
  title: string | null;
  /** The legal texts of the counted articles, in article order; an article without one is left out. */
  legal: string[];
}

/**
 * The words of the counted scope: a subject's own title and texts; articles asked for outright take
 * a title made of their numbers and the texts any subject gives those articles.
 */
export function subjectWords(
  counted: StatsCounted,
  { subjects }: ReviewSubjects,
  language: Language,
): SubjectWords {
  if (counted.articles === null) return { title: null, legal: [] };
  const own = subjects.find((s) => s.name === counted.subject);
  const title =
    own?.title[language] ??
    translate(language, 'subjects.review.articles', { list: counted.articles.join(', ') });
  const known = (own ? [own, ...subjects] : subjects).flatMap((s) => s.articles);
  const legal = counted.articles.flatMap((code) => {
    const text = known.find((a) => a.code === code && a.legal[language].trim())?.legal[language].trim();
    return text ? [text] : [];
  });
  return { title, legal };
}
