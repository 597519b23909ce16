import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsCounted } from '../../../../shared/domain/stats';
import { subjectWords } from '../../../../shared/report/subject-words';
import { currentLanguage } from '../../i18n/i18n';
import { useApiQuery } from '../../query/use-api';

const NO_SUBJECTS = { subjects: [], defaultSubject: null };

/**
 * The title of what figures counted, in the UI language, as the review's cover names it: the
 * subject's own title, "ст. 190, 194 УК РК" for articles no subject holds, null for every case.
 */
export function useSubjectTitle(): (scope: StatsCounted) => string | null {
  useTranslation(); // re-render when the UI language changes
  const language = currentLanguage();
  const { data } = useApiQuery('reports.subjects', {});
  return useCallback((scope) => subjectWords(scope, data ?? NO_SUBJECTS, language).title, [data, language]);
}
