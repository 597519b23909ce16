import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/fields';
import { reviewSubject, type ReviewSubject } from '../../../../shared/domain/review-subject';
import { checkInput, toFieldIssues } from '../../../../shared/validation';
import { FormModal } from '../../components/FormModal';

type Texts = Record<Language, string>;
const blank = (): Texts => ({ ru: '', kk: '', en: '' });

interface Props {
  /** The subject edited, or null for a new one. */
  subject: ReviewSubject | null;
  /** The other subjects' names: a name is the subject's key, so it is never taken twice. */
  takenNames: string[];
  saving: boolean;
  onClose: () => void;
  onSave: (subject: ReviewSubject) => void;
}

/** One article of the subject: its number and its legal text in each language. */
function ArticleFields({ index, onRemove }: { index: number; onRemove?: () => void }) {
  const { t } = useTranslation();
  const code = Form.useWatch<string | undefined>(['articles', index, 'code']);
  const article = code?.trim() || String(index + 1);
  return (
    <Card
      size="small"
      extra={
        onRemove && (
          <Button
            size="small"
            icon={<DeleteOutlined aria-hidden />}
            aria-label={`${t('subjects.form.removeArticle')} ${article}`}
            onClick={onRemove}
          >
            {t('subjects.form.removeArticle')}
          </Button>
        )
      }
    >
      <Form.Item name={[index, 'code']} label={t('subjects.form.article')} style={{ maxWidth: 200 }}>
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
      {languages.map((language) => (
        <Form.Item
          key={language}
          name={[index, 'legal', language]}
          label={t('subjects.form.legalIn', { article, language: t(`subjects.language.${language}`) })}
          extra={language === 'en' ? t('subjects.form.legalHelp') : undefined}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      ))}
    </Card>
  );
}

/**
 * Adds a subject or edits one: its short name, its title and its articles' legal texts in the three
 * languages. Checked here by the API's own schema, so what the form accepts the backend accepts.
 */
export function SubjectEditor({ subject, takenNames, saving, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReviewSubject>();

  const submit = (values: ReviewSubject) => {
    const parsed = checkInput(reviewSubject, values);
    const issues = parsed.success ? [] : toFieldIssues(parsed.error, (key, params) => t(key, params ?? {}));
    const fields = issues.map((issue) => ({
      name: issue.path
        .split(/[.[\]]+/)
        .filter(Boolean)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [issue.message],
    }));
    if (parsed.success && takenNames.includes(parsed.data.name))
      fields.push({ name: ['name'], errors: [t('errors.subject.nameTwice', { name: parsed.data.name })] });
    // The paths are the schema's, which is the form's shape: zod's numbers and names, as antd takes them.
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    if (parsed.success && fields.length === 0) onSave(parsed.data);
  };

  return (
    <FormModal<ReviewSubject>
      open
      width={720}
      title={subject ? t('subjects.form.editTitle', { name: subject.name }) : t('subjects.form.newTitle')}
      form={form}
      name="review-subject"
      initialValues={subject ?? { name: '', title: blank(), articles: [{ code: '', legal: blank() }] }}
      focus="name"
      okText={t('subjects.form.save')}
      cancelText={t('subjects.form.cancel')}
      submitting={saving}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('subjects.form.name')} extra={t('subjects.form.nameHelp')}>
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
      {languages.map((language) => (
        <Form.Item
          key={language}
          name={['title', language]}
          label={t('subjects.form.titleIn', { language: t(`subjects.language.${language}`) })}
          extra={language === 'en' ? t('subjects.form.titleHelp') : undefined}
        >
          <Input autoComplete="off" />
        </Form.Item>
      ))}
      <Form.List name="articles">
        {(rows, { add, remove }, { errors }) => (
          <Flex vertical gap={12}>
            {rows.map((row) => (
              <ArticleFields
                key={row.key}
                index={row.name}
                onRemove={rows.length > 1 ? () => remove(row.name) : undefined}
              />
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ code: '', legal: blank() })}>
              {t('subjects.form.addArticle')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
