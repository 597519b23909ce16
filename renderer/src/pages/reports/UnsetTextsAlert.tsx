import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../../shared/domain/fields';
import type { ReportTextField } from '../../../../shared/domain/report';
import { unsetReviewTexts } from '../../../../shared/report/unset-texts';
import { api } from '../../api';

/**
 * Before a PDF is generated: the review texts of its language still unset (the placeholder signatory,
 * an empty cover line), with the way to Settings where they are set.
 */
export function UnsetTextsAlert({ language }: { language: Language }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [unset, setUnset] = useState<ReportTextField[]>([]);
  useEffect(() => {
    let current = true;
    void api.reports.settings({}).then((result) => {
      if (current && result.ok) setUnset(unsetReviewTexts(result.value.texts[language], language));
    });
    return () => {
      current = false;
    };
  }, [language]);

  if (unset.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('reports.pdf.unsetTexts', {
        language: t(`language.${language}`),
        fields: unset.map((field) => t(`reportSettings.field.${field}`)).join(', '),
      })}
      action={
        <Button size="small" onClick={() => void navigate('/settings')}>
          {t('reports.pdf.openSettings')}
        </Button>
      }
    />
  );
}
