import { AutoComplete, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { convictionSchema } from '../../../../shared/domain/monitoring';
import { api } from '../../api';
import { DateInput } from '../../components/case/DateInput';
import { FormModal } from '../../components/FormModal';
import { dateRule, schemaRule, textOrNull, toIsoDate } from '../../components/case/form-rules';
import { articleOptionLabel, useReferenceItems } from '../../components/useReferenceItems';
import { currentLanguage } from '../../i18n/i18n';
import { fieldsAt } from './issue-fields';
import { usePersonForm, type PersonDialogProps } from './usePersonForm';

interface Values {
  article?: string;
  part?: string;
  courtDate?: Dayjs | null;
  sentence?: string;
  releasedOn?: Dayjs | null;
  registryNumber?: string;
}

const fields = ['article', 'part', 'courtDate', 'sentence', 'releasedOn', 'registryNumber'] as const;
const fieldOf = fieldsAt(fields, 'conviction', 'convictions\\[\\d+\\]');
const shape = convictionSchema.shape;
const trimmedOrNull = (value: unknown) => textOrNull(typeof value === 'string' ? value.trim() : value);

type Props = PersonDialogProps;

/** A prior conviction: the article may be any, not only those in the reference list. */
export function ConvictionForm({ open, detail, onSaved, onClose, afterClose }: Props) {
  const { t } = useTranslation();
  const articles = useReferenceItems('article');
  const language = currentLanguage();
  const { form, submitting, error, submit } = usePersonForm<Values, (typeof fields)[number]>(
    fieldOf,
    onSaved,
    onClose,
  );

  const onSubmit = (values: Values) => {
    const conviction = {
      article: values.article?.trim() ?? '',
      part: trimmedOrNull(values.part),
      courtDate: toIsoDate(values.courtDate) ?? '',
      sentence: textOrNull(values.sentence),
      releasedOn: toIsoDate(values.releasedOn),
      registryNumber: trimmedOrNull(values.registryNumber),
    };
    submit(() => api.monitoring.addConviction({ id: detail.id, version: detail.version, conviction }));
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('monitoring.conviction.addTitle')}
      form={form}
      name="conviction"
      width={560}
      focus="article"
      okText={t('monitoring.action.add')}
      cancelText={t('monitoring.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Flex gap={16}>
        <Form.Item
          name="article"
          label={t('monitoring.conviction.article')}
          required
          rules={[schemaRule(shape.article, t, { required: true, toApi: trimmedOrNull })]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <AutoComplete
            options={articles.items
              .filter((a) => a.active)
              .map((a) => ({ value: a.name, label: articleOptionLabel(a, language) }))}
            showSearch={{
              filterOption: (input, option) =>
                String(option?.label ?? '')
                  .toLocaleLowerCase()
                  .includes(input.toLocaleLowerCase()),
            }}
          />
        </Form.Item>
        <Form.Item
          name="part"
          label={t('monitoring.conviction.part')}
          rules={[schemaRule(shape.part, t, { toApi: trimmedOrNull })]}
          style={{ width: 110 }}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          name="courtDate"
          label={t('monitoring.conviction.courtDate')}
          required
          rules={[dateRule(shape.courtDate, t)]}
          style={{ flex: 1 }}
        >
          <DateInput allowClear={false} />
        </Form.Item>
        <Form.Item
          name="releasedOn"
          label={t('monitoring.conviction.releasedOn')}
          rules={[dateRule(shape.releasedOn, t, false)]}
          style={{ flex: 1 }}
        >
          <DateInput />
        </Form.Item>
      </Flex>
      <Form.Item
        name="sentence"
        label={t('monitoring.conviction.sentence')}
        extra={t('monitoring.hint.sentence')}
        rules={[schemaRule(shape.sentence, t, { toApi: textOrNull })]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="registryNumber"
        label={t('monitoring.conviction.registryNumber')}
        extra={t('monitoring.hint.registryNumber')}
        rules={[schemaRule(shape.registryNumber, t, { toApi: trimmedOrNull })]}
      >
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
    </FormModal>
  );
}
