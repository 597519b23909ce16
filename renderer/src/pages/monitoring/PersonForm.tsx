import { Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { personIdentitySchema } from '../../../../shared/domain/monitoring';
import type { PersonDetail } from '../../../../shared/domain/monitoring-api';
import { api } from '../../api';
import { DateInput } from '../../components/case/DateInput';
import { FormModal } from '../../components/FormModal';
import { dateRule, schemaRule, textOrNull } from '../../components/case/form-rules';
import { ReasonInput } from '../../components/case/ReasonInput';
import { issueMessage } from '../case/issues';
import { sexOptions } from '../case/forms/options';
import {
  identityFields,
  identityValues,
  iinError,
  iinPrefill,
  toIdentity,
  type IdentityField,
  type IdentityValues,
} from './identity-form';
import { fieldsAt } from './issue-fields';
import { usePersonForm } from './usePersonForm';
import { useDistricts } from './useDistricts';

const fieldOf = fieldsAt(identityFields, 'person');
const shape = personIdentitySchema.shape;
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

interface Props {
  open: boolean;
  /** The person to edit; without one, a new person is registered. */
  person?: PersonDetail;
  onSaved: (detail: PersonDetail) => void;
  onClose: () => void;
  afterClose?: () => void;
}

/**
 * Who the person is. The IIN is checked digit by digit as it is typed, and once valid it fills in the
 * birth date and sex if they are still empty. Editing asks for the grounds, kept in the audit trail.
 */
export function PersonForm({ open, person, onSaved, onClose, afterClose }: Props) {
  const { t, i18n } = useTranslation();
  const districts = useDistricts();
  const { form, submitting, error, submit, format } = usePersonForm<IdentityValues, IdentityField>(
    fieldOf,
    onSaved,
    onClose,
  );
  const editing = person !== undefined;

  const onSubmit = (values: IdentityValues) => {
    const identity = toIdentity(values);
    const reason = textOrNull(values.reason?.trim()) ?? undefined;
    submit(() =>
      person
        ? api.monitoring.update({
            id: person.id,
            version: person.version,
            person: { ...identity, personId: identity.personId ?? '' },
            reason,
          })
        : api.monitoring.create({ person: identity }),
    );
  };

  const iinRule = {
    validator: () => {
      const issue = iinError(form.getFieldsValue());
      if (!issue) return Promise.resolve();
      const text = issueMessage({ path: 'iin', message: '', ...issue }, i18n, format.date);
      return Promise.reject(new Error(text));
    },
  };

  return (
    <FormModal<IdentityValues>
      open={open}
      title={
        person
          ? t('monitoring.person.editTitle', { name: person.record.fullName })
          : t('monitoring.register.title')
      }
      form={form}
      name="person"
      width={620}
      initialValues={person ? identityValues(person.record) : { birthDate: null }}
      focus="fullName"
      okText={t(editing ? 'monitoring.action.save' : 'monitoring.register.submit')}
      cancelText={t('monitoring.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Form.Item
        name="fullName"
        label={t('monitoring.field.fullName')}
        required
        rules={[schemaRule(shape.fullName, t, { required: true, toApi: trimmed })]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="iin"
          label={t('monitoring.field.iin')}
          extra={t('monitoring.hint.iin')}
          dependencies={['birthDate', 'sex']}
          rules={[iinRule]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Input
            autoComplete="off"
            inputMode="numeric"
            spellCheck={false}
            onChange={(event) =>
              form.setFieldsValue(iinPrefill({ ...form.getFieldsValue(), iin: event.target.value }))
            }
          />
        </Form.Item>
        <Form.Item
          name="personId"
          label={t('monitoring.field.personId')}
          extra={editing ? undefined : t('monitoring.hint.personId')}
          required={editing}
          rules={[
            schemaRule(editing ? shape.personId : shape.personId.optional(), t, {
              required: editing,
              toApi: (value) => textOrNull(trimmed(value)) ?? undefined,
            }),
          ]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          name="birthDate"
          label={t('monitoring.field.birthDate')}
          required
          rules={[dateRule(shape.birthDate, t)]}
          style={{ flex: 1 }}
        >
          <DateInput allowClear={false} />
        </Form.Item>
        <Form.Item
          name="sex"
          label={t('monitoring.field.sex')}
          required
          rules={[schemaRule(shape.sex, t, { required: true })]}
          style={{ flex: 1 }}
        >
          <Select virtual={false} placeholder={t('monitoring.prompt.choose')} options={sexOptions(t)} />
        </Form.Item>
      </Flex>
      <Form.Item name="district" label={t('monitoring.field.district')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          virtual={false}
          allowClear
          loading={districts.loading}
          placeholder={t('monitoring.prompt.notRecorded')}
          options={districts.offer(person?.record.district)}
        />
      </Form.Item>
      <Form.Item
        name="notes"
        label={t('monitoring.field.notes')}
        rules={[schemaRule(shape.notes, t, { toApi: textOrNull })]}
      >
        <Input.TextArea rows={2} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {editing && (
        <Form.Item name="reason" label={t('monitoring.field.reason')} extra={t('monitoring.hint.reason')}>
          <ReasonInput rows={2} />
        </Form.Item>
      )}
    </FormModal>
  );
}
