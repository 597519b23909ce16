import { Alert, Button, Flex, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newCaseInput } from '../../../../shared/domain/case';
import type { FieldIssue } from '../../../../shared/result';
import { api } from '../../api';
import { DateInput } from '../../components/case/DateInput';
import { dateRule } from '../../components/case/form-rules';
import { issueText } from '../../i18n/api-issue';
import { currentLanguage } from '../../i18n/i18n';
import { articleTitle, districtLabel } from '../../i18n/reference-labels';
import { useReference } from '../../state/reference';
import {
  DEFAULT_ARTICLE,
  fieldRule,
  isFieldName,
  toNewCaseInput,
  type CreatedCase,
  type FieldName,
  type NewCaseValues,
} from './new-case-form';

/**
 * The usual red star for required fields, drawn by CSS (styles.css) with empty alternative text: the
 * label's text and its accessible name stay exactly the field's name (the input itself is aria-required).
 */
const markRequired = (label: ReactNode, { required }: { required: boolean }) =>
  required ? <span className="required-mark">{label}</span> : label;

interface Props {
  onCancel: () => void;
  onCreated: (created: CreatedCase) => void;
}

/** Registry number, article, part, district and date; each field is checked as it is typed, then by the backend. */
export function NewCaseForm({ onCancel, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<NewCaseValues>();
  const { articles, districts, loading, error: referenceError } = useReference();
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const language = currentLanguage();

  const showIssues = (issues: FieldIssue[]) => {
    const byField = new Map<FieldName, string[]>();
    for (const issue of issues) {
      if (!isFieldName(issue.path)) continue;
      byField.set(issue.path, [...(byField.get(issue.path) ?? []), issueText(issue, i18n)]);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    return byField.size;
  };

  const submit = async (values: NewCaseValues) => {
    setFormError(null);
    setSubmitting(true);
    const result = await api.cases.create(toNewCaseInput(values));
    setSubmitting(false);
    if (result.ok) {
      onCreated({ id: result.value.id, registryNumber: result.value.record.registryNumber });
      return;
    }
    const issues = result.error.issues ?? [];
    const shown = showIssues(issues);
    // Anything not tied to a field we show (or an error with no fields at all) goes above the form.
    if (shown === 0 || issues.some((issue) => !isFieldName(issue.path))) setFormError(result.error.message);
  };

  return (
    <Form<NewCaseValues>
      form={form}
      name="newCase"
      layout="vertical"
      requiredMark={markRequired}
      initialValues={{ article: DEFAULT_ARTICLE, registeredOn: dayjs() }}
      onFinish={(values) => void submit(values)}
      disabled={submitting}
    >
      {(formError ?? referenceError) && (
        <Alert type="error" showIcon title={formError ?? referenceError} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="registryNumber"
        label={t('cases.field.registryNumber')}
        extra={t('cases.hint.registryNumber')}
        required
        rules={[fieldRule('registryNumber', t)]}
      >
        <Input autoFocus autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="article"
          label={t('cases.field.article')}
          required
          rules={[fieldRule('article', t)]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            virtual={false}
            loading={loading}
            placeholder={t('cases.prompt.article')}
            options={articles.map((article) => {
              const title = articleTitle(article, language);
              return { value: article.code, label: title ? `${article.code} — ${title}` : article.code };
            })}
          />
        </Form.Item>
        <Form.Item
          name="part"
          label={t('cases.field.part')}
          rules={[fieldRule('part', t)]}
          style={{ width: 110 }}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
      <Form.Item
        name="district"
        label={t('cases.field.district')}
        required
        rules={[fieldRule('district', t)]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          virtual={false}
          loading={loading}
          placeholder={t('cases.prompt.district')}
          options={districts
            .map((district) => ({ value: district.name, label: districtLabel(district, language) }))
            .sort((a, b) => a.label.localeCompare(b.label, language))}
        />
      </Form.Item>
      <Form.Item
        name="registeredOn"
        label={t('cases.field.registeredOn')}
        required
        rules={[dateRule(newCaseInput.shape.registeredOn, t)]}
      >
        <DateInput placeholder={t('cases.prompt.registeredOn')} />
      </Form.Item>
      <Flex gap={8} style={{ marginTop: 8 }}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('cases.create')}
        </Button>
        <Button onClick={onCancel}>{t('cases.cancel')}</Button>
      </Flex>
    </Form>
  );
}
