import { Form, Input, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/fields';
import { referenceSave, type ReferenceItem, type ReferenceKind } from '../../../../shared/domain/reference';
import { api } from '../../api';
import { issueText } from '../../i18n/api-issue';
import { checkInput } from '../../../../shared/validation';
import { zodIssueMessage } from '../../i18n/zod-issue';
import { FormModal } from '../../components/FormModal';

interface Values {
  name: string;
  labels: Record<Language, string | undefined>;
  active: boolean;
}

interface Props {
  kind: ReferenceKind;
  /** The value edited, or null for a new one. */
  item: ReferenceItem | null;
  onClose: () => void;
  onSaved: (item: ReferenceItem) => void;
}

type FieldPath = ['name'] | ['active'] | ['labels', Language];

/** The form field an API issue is about (`labels.kk` → the Kazakh label), or null. */
function fieldOf(path: string): FieldPath | null {
  if (path === 'name' || path === 'active') return [path];
  const language = /^labels\.(ru|kk|en)$/.exec(path)?.[1];
  return language ? ['labels', language as Language] : null;
}

/**
 * Adds a value or edits one's labels and status. The name is what files and statistics refer to, so it
 * is fixed once recorded (the backend refuses a rename; the field is read-only here).
 */
export function ReferenceEditor({ kind, item, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (values: Values) => {
    setError(null);
    setSaving(true);
    const labels = Object.fromEntries(
      languages.map((language) => [language, values.labels[language]?.trim() || null]),
    ) as Record<Language, string | null>;
    const result = await api.reference.save({
      kind,
      ...(item ? { id: item.id } : {}),
      name: item ? item.name : values.name,
      labels,
      active: values.active,
    });
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const issues = result.error.issues ?? [];
    const onFields = issues.flatMap((issue) => {
      const name = fieldOf(issue.path);
      return name ? [{ name, errors: [issueText(issue, i18n)] }] : [];
    });
    form.setFields(onFields);
    if (onFields.length === 0 || onFields.length < issues.length) setError(result.error.message);
  };

  const nameRule = {
    validator: (_rule: unknown, value: unknown) => {
      if (item) return Promise.resolve();
      if (typeof value !== 'string' || value === '') return Promise.reject(new Error(t('errors.required')));
      const parsed = checkInput(referenceSave.shape.name, value);
      return parsed.success ? Promise.resolve() : Promise.reject(new Error(zodIssueMessage(parsed.error, t)));
    },
  };
  const labelRule = { max: 200, message: t('errors.tooLong', { maximum: 200 }) };

  return (
    <FormModal<Values>
      open
      title={item ? t('reference.editTitle', { name: item.name }) : t(`reference.new.${kind}`)}
      form={form}
      name={`reference-${kind}`}
      initialValues={{
        name: item?.name ?? '',
        labels: { ru: item?.labels.ru ?? '', kk: item?.labels.kk ?? '', en: item?.labels.en ?? '' },
        active: item?.active ?? true,
      }}
      // The name is fixed once recorded: an edit starts at the first label.
      focus={item ? ['labels', languages[0]] : 'name'}
      okText={t('reference.save')}
      cancelText={t('reference.cancel')}
      submitting={saving}
      error={error}
      onSubmit={(values) => void save(values)}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t(kind === 'article' ? 'reference.code' : 'reference.name')}
        extra={t(item ? 'reference.nameFixed' : 'reference.nameHint')}
        rules={[nameRule]}
      >
        <Input readOnly={item !== null} autoComplete="off" spellCheck={false} />
      </Form.Item>
      {languages.map((language) => (
        <Form.Item
          key={language}
          name={['labels', language]}
          label={t(`reference.label.${language}`)}
          rules={[labelRule]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      ))}
      <Form.Item
        name="active"
        label={t('reference.status')}
        valuePropName="checked"
        extra={t('reference.activeHint')}
      >
        <Switch checkedChildren={t('reference.active')} unCheckedChildren={t('reference.inactive')} />
      </Form.Item>
    </FormModal>
  );
}
