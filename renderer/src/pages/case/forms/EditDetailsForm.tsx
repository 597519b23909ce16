import { Flex, Form, Input, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { caseDetailsInput } from '../../../../../shared/domain/case-actions';
import { caseRecordSchema, type CaseRecord } from '../../../../../shared/domain/case-record';
import { labelOf, type ReferenceItem } from '../../../../../shared/domain/reference';
import { api } from '../../../api';
import { AmountInput } from '../../../components/case/AmountInput';
import { DateInput } from '../../../components/case/DateInput';
import { FormModal } from '../../../components/FormModal';
import {
  dateRule,
  fromIsoDate,
  schemaRule,
  textOrNull,
  toIsoDate,
} from '../../../components/case/form-rules';
import { numberOrNull, numberRule, numberText } from '../../../components/case/number-rules';
import { currentLanguage } from '../../../i18n/i18n';
import { articleTitle, districtLabel } from '../../../i18n/reference-labels';
import { useReference } from '../../../state/reference';
import type { CaseReference } from '../useCaseReference';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values {
  article?: string;
  part?: string;
  district?: string;
  registeredOn: Dayjs | null;
  groupCrime: boolean;
  platforms: string[];
  tactics: string[];
  /** The typed text; see NumberInput. */
  damageKzt?: string;
}

type Changes = z.input<typeof caseDetailsInput>;
const fields = [
  'article',
  'part',
  'district',
  'registeredOn',
  'groupCrime',
  'platforms',
  'tactics',
  'damageKzt',
] as const;
type Field = (typeof fields)[number];

/** `changes.part` (input checks), `platforms[2]` (pipeline rules) → the control. */
const fieldOf = (path: string): Field | undefined => {
  const name = path.replace(/^changes\./, '').replace(/\[\d+\]$/, '');
  return fields.find((field) => field === name);
};

const shape = caseRecordSchema.shape;

/** Only what the user changed is sent, so the audit trail records exactly that. */
function changesOf(record: CaseRecord, values: Values): Changes {
  const next: Required<Changes> = {
    article: values.article ?? '',
    part: textOrNull(values.part),
    district: values.district ?? '',
    registeredOn: toIsoDate(values.registeredOn) ?? '',
    groupCrime: values.groupCrime,
    platforms: values.platforms,
    tactics: values.tactics,
    damageKzt: numberOrNull(values.damageKzt),
  };
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    if (JSON.stringify(next[field]) !== JSON.stringify(record[field])) changes[field] = next[field];
  }
  return changes;
}

/** The options of a reference list: values still offered, plus any this case already names. */
function referenceOptions(items: ReferenceItem[], chosen: string[]) {
  const language = currentLanguage();
  return items
    .filter((item) => item.active || chosen.includes(item.name))
    .map((item) => ({ value: item.name, label: labelOf(item, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

/** Edits the registration facts and what is known of the offence. */
export function EditDetailsForm({
  open,
  detail,
  run,
  onClose,
  afterClose,
  reference,
}: ActionFormProps & { reference: CaseReference }) {
  const { t } = useTranslation();
  const record = detail.record;
  const { form, submitting, error, submit } = useActionForm<Values, Field>(run, fieldOf, onClose);
  const { articles, districts, loading } = useReference();
  const language = currentLanguage();

  const onSubmit = (values: Values) => {
    const changes = changesOf(record, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    submit({
      predict: (c) => caseEdits.edit(c, { changes }),
      send: (reason) => api.cases.edit({ id: detail.id, version: detail.version, changes, reason }),
    });
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('caseView.form.edit')}
      form={form}
      name="caseDetails"
      width={640}
      initialValues={{
        article: record.article,
        part: record.part ?? undefined,
        district: record.district,
        registeredOn: fromIsoDate(record.registeredOn),
        groupCrime: record.groupCrime,
        platforms: record.platforms,
        tactics: record.tactics,
        damageKzt: numberText(record.damageKzt, { grouped: true }),
      }}
      focus="article"
      okText={t('caseView.action.save')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Flex gap={16}>
        <Form.Item
          name="article"
          label={t('cases.field.article')}
          required
          rules={[schemaRule(shape.article, t, { required: true })]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Select
            virtual={false}
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            options={articles.map((article) => {
              const title = articleTitle(article, language);
              return { value: article.code, label: title ? `${article.code} — ${title}` : article.code };
            })}
          />
        </Form.Item>
        <Form.Item
          name="part"
          label={t('cases.field.part')}
          rules={[schemaRule(shape.part, t, { toApi: textOrNull })]}
          style={{ width: 110 }}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          name="district"
          label={t('cases.field.district')}
          required
          rules={[schemaRule(shape.district, t, { required: true })]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Select
            virtual={false}
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            options={districts
              .map((district) => ({ value: district.name, label: districtLabel(district, language) }))
              .sort((a, b) => a.label.localeCompare(b.label, language))}
          />
        </Form.Item>
        <Form.Item
          name="registeredOn"
          label={t('cases.field.registeredOn')}
          required
          rules={[dateRule(shape.registeredOn, t)]}
          style={{ flex: 1 }}
        >
          <DateInput allowClear={false} />
        </Form.Item>
      </Flex>
      <Form.Item name="platforms" label={t('caseView.field.platforms')}>
        <Select
          virtual={false}
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('caseView.prompt.notRecorded')}
          options={referenceOptions(reference.platforms, record.platforms)}
        />
      </Form.Item>
      <Form.Item name="tactics" label={t('caseView.field.tactics')}>
        <Select
          virtual={false}
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('caseView.prompt.notRecorded')}
          options={referenceOptions(reference.tactics, record.tactics)}
        />
      </Form.Item>
      <Flex gap={16} align="start">
        <Form.Item
          name="damageKzt"
          label={t('caseView.field.damageKzt')}
          rules={[numberRule(shape.damageKzt, t)]}
          style={{ flex: 1 }}
        >
          <AmountInput />
        </Form.Item>
        <Form.Item
          name="groupCrime"
          label={t('caseView.field.groupCrime')}
          valuePropName="checked"
          style={{ flex: 1 }}
        >
          <Switch />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}
