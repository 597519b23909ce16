import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../../shared/domain/fields';
import { readableName } from '../../../../shared/domain/reference';
import type { AnnualStats } from '../../../../shared/domain/stats';
import { unnamedInReview, unsetReviewTexts } from '../../../../shared/report/unset-texts';
import { useReferenceItems } from '../../components/useReferenceItems';
import { useApiQuery } from '../../query/use-api';
import { useCan } from '../../state/session';

/**
 * Before a PDF is generated, what would print wrong in its language: the review texts still unset
 * (the placeholder signatory, an empty cover line), and the districts and tactics its figures name
 * that have no name in that language yet (an import's new values), which would print as the data
 * spell them. Whoever may set them is led to Settings; anyone else is told who can.
 */
export function UnsetTextsAlert({ language, stats }: { language: Language; stats: AnnualStats | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canSetTexts = useCan('settings');
  const canName = useCan('reference');
  const texts = useApiQuery('reports.settings', {}).data?.texts[language];
  const values = {
    district: useReferenceItems('district').items,
    tactic: useReferenceItems('tactic').items,
  };

  const unset = texts ? unsetReviewTexts(texts, language) : [];
  const unnamed = stats ? unnamedInReview(stats, values, language) : [];
  if (unset.length === 0 && unnamed.length === 0) return null;
  const canFix = (unset.length === 0 || canSetTexts) && (unnamed.length === 0 || canName);
  const languageName = t(`language.${language}`);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <>
          {unset.length > 0 && (
            <div>
              {t('reports.pdf.unsetTexts', {
                language: languageName,
                fields: unset.map((field) => t(`reportSettings.field.${field}`)).join(', '),
              })}
            </div>
          )}
          {unnamed.length > 0 && (
            <div>
              {t('reports.pdf.unnamed', {
                language: languageName,
                values: unnamed
                  .flatMap(({ kind, names }) =>
                    names.map(
                      (name) =>
                        `${readableName(name)} (${t(`reference.kind.${kind}`).toLocaleLowerCase(language)})`,
                    ),
                  )
                  .join(', '),
              })}
            </div>
          )}
          <div>{t(canFix ? 'reports.pdf.setThem' : 'reports.pdf.askAdministrator')}</div>
        </>
      }
      action={
        canFix && (
          <Button size="small" onClick={() => void navigate('/settings')}>
            {t('reports.pdf.openSettings')}
          </Button>
        )
      }
    />
  );
}
