import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/fields';
import { reportTexts, type ReportTextField } from '../../../../shared/domain/report';
import { translate } from '../../../../shared/i18n';
import { schemaRule } from '../../components/case/form-rules';

interface Props {
  language: Language;
  field: ReportTextField;
}

// Long enough to read a paragraph or two without scrolling, short enough that three blocks fit a screen.
const ROWS = { minRows: 3, maxRows: 12 };

/**
 * One text block of the review (legal framework, prevention, advice) in one language, with a button
 * that puts back the default wording of that language.
 */
export function ReportTextBlock({ language, field }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const name = ['texts', language, field];
  const value: unknown = Form.useWatch(name, { form, preserve: true });
  // The default of the text's own language, whatever language the interface speaks: from the shared
  // strings of all three, as the review itself words them (the interface loads only its own language).
  const fallback = translate(language, `reportSettings.defaults.${field}`);
  const label = t(`reportSettings.field.${field}`);

  return (
    <Form.Item
      name={name}
      label={label}
      rules={[schemaRule(reportTexts.shape[field], t)]}
      extra={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <span>{t('reportSettings.help.paragraphs')}</span>
          <Button
            size="small"
            type="link"
            aria-label={t('reportSettings.restoreField', { field: label })}
            disabled={value === fallback}
            // setFieldValue also clears the field's errors: the default is always valid.
            onClick={() => form.setFieldValue(name, fallback)}
          >
            {t('reportSettings.restore')}
          </Button>
        </Flex>
      }
    >
      <Input.TextArea autoSize={ROWS} />
    </Form.Item>
  );
}
