import { Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { addDefendantWord } from '../../../../../shared/domain/defendants-term';
import { defendantSchema } from '../../../../../shared/domain/case-record';
import { api } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { schemaRule, textOrNull } from '../../../components/case/form-rules';
import { numberOrNull, numberText } from '../../../components/case/number-rules';
import { partyPaths } from '../issues';
import { iinOrNull } from './defendant-iin';
import { IinField } from './IinField';
import {
  BirthDateField,
  EmploymentField,
  PersonNumberField,
  personFromValues,
  personValues,
  SexField,
  type PersonValues,
} from './person-fields';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values extends PersonValues {
  fullName?: string;
  iin?: string;
  personId?: string;
  /** The typed text; see NumberInput. */
  priorConvictions?: string;
}

const fields = ['fullName', 'iin', 'personId', 'sex', 'birthDate', 'employment', 'priorConvictions'] as const;
const fieldOf = partyPaths(fields, 'defendant', 'defendants\\[\\d+\\]');
const shape = defendantSchema.shape;

/** The person; verdict and sentence are recorded with their own forms. */
const toDefendant = (values: Values) => ({
  fullName: textOrNull(values.fullName),
  iin: iinOrNull(values.iin),
  personId: textOrNull(values.personId),
  ...personFromValues(values, 'M'),
  priorConvictions: numberOrNull(values.priorConvictions),
});

/** Adds a defendant (`index` null) or edits one's personal details. */
export function DefendantForm({
  open,
  detail,
  run,
  onClose,
  afterClose,
  index,
}: ActionFormProps & { index: number | null }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit, format } = useActionForm<Values, (typeof fields)[number]>(
    run,
    fieldOf,
    onClose,
  );
  const current = index === null ? undefined : detail.record.defendants[index];

  const onSubmit = (values: Values) => {
    const defendant = toDefendant(values);
    submit(
      index === null
        ? {
            predict: (c) => caseEdits.addDefendant(c, { defendant }),
            send: () => api.cases.addDefendant({ id: detail.id, version: detail.version, defendant }),
          }
        : {
            predict: (c) => caseEdits.updateDefendant(c, { index, defendant }),
            send: (reason) =>
              api.cases.updateDefendant({ id: detail.id, version: detail.version, index, defendant, reason }),
          },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title={
        index === null || !current
          ? // Named as the case's stage names its people: suspects and the accused before court.
            t(`caseView.form.${addDefendantWord(detail.record)}`)
          : t('caseView.form.editDefendant', { name: format.defendantName(current, index) })
      }
      form={form}
      name="defendant"
      width={560}
      initialValues={{
        ...personValues(current),
        fullName: current?.fullName ?? undefined,
        iin: current?.iin,
        personId: current?.personId ?? undefined,
        priorConvictions: numberText(current?.priorConvictions),
      }}
      focus="fullName"
      okText={t(index === null ? 'caseView.action.add' : 'caseView.action.save')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Form.Item
        name="fullName"
        label={t('caseView.field.fullName')}
        rules={[schemaRule(shape.fullName, t, { toApi: textOrNull })]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <IinField />
      <Form.Item
        name="personId"
        label={t('caseView.field.personId')}
        extra={t('caseView.hint.personId')}
        rules={[schemaRule(shape.personId, t, { toApi: textOrNull })]}
      >
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Flex gap={16}>
        <SexField style={{ flex: 1 }} />
        <BirthDateField style={{ flex: 1 }} />
      </Flex>
      <Flex gap={16}>
        <EmploymentField style={{ flex: 1 }} />
        <PersonNumberField
          name="priorConvictions"
          label={t('caseView.field.priorConvictions')}
          schema={shape.priorConvictions}
          style={{ flex: 1 }}
        />
      </Flex>
    </FormModal>
  );
}
