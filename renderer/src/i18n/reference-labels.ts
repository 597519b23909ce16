import type { Language } from '../../../shared/domain/fields';
import { readableName, type Article, type District } from '../../../shared/domain/reference';

/** A district as people call it in the UI language, falling back to Russian and then to its stored name. */
export function districtLabel(district: District, language: Language): string {
  return district.labels[language] ?? district.labels.ru ?? readableName(district.name);
}

/** An article's title in the UI language, or '' when the reference has none. */
export function articleTitle(article: Article, language: Language): string {
  return article.titles[language] ?? article.titles.ru ?? '';
}
