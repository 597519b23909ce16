import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { victimSchema, type Victim } from '../../../../../shared/domain/case-record';
import { api } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { numberOrNull, numberText } from '../../../components/case/number-rules';
import { partyPaths } from '../issues';
import { useActionForm, type ActionFormProps } from './useActionForm';
import {
  BirthDateField,
  EmploymentField,
  PersonNumberField,
  personFromValues,
  personValues,
  SexField,
  type PersonValues,
} from './person-fields';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values extends PersonValues {
  /** The typed text; see NumberInput. */
  birthYear?: string;
}

const fields = ['sex', 'birthDate', 'birthYear', 'employment'] as const;
const fieldOf = partyPaths(fields, 'victim', 'victims\\[\\d+\\]');

const toVictim = (values: Values): Victim => {
  const { sex, birthDate, employment } = personFromValues(values, 'F');
  return { sex, birthDate, birthYear: numberOrNull(values.birthYear), employment };
};

/** Adds a victim (`index` null) or edits one; victims carry no recorded facts, so never a reason. */
export function VictimForm({
  open,
  detail,
  run,
  onClose,
  afterClose,
  index,
}: ActionFormProps & { index: number | null }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = useActionForm<Values, (typeof fields)[number]>(
    run,
    fieldOf,
    onClose,
  );
  const current = index === null ? undefined : detail.record.victims[index];

  const onSubmit = (values: Values) => {
    const victim = toVictim(values);
    submit(
      index === null
        ? {
            predict: (c) => caseEdits.addVictim(c, { victim }),
            send: () => api.cases.addVictim({ id: detail.id, version: detail.version, victim }),
          }
        : {
            predict: (c) => caseEdits.updateVictim(c, { index, victim }),
            send: (reason) =>
              api.cases.updateVictim({ id: detail.id, version: detail.version, index, victim, reason }),
          },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title={
        index === null ? t('caseView.form.addVictim') : t('caseView.form.editVictim', { number: index + 1 })
      }
      form={form}
      name="victim"
      initialValues={{ ...personValues(current), birthYear: numberText(current?.birthYear) }}
      focus="sex"
      okText={t(index === null ? 'caseView.action.add' : 'caseView.action.save')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <SexField />
      <Flex gap={16}>
        <BirthDateField style={{ flex: 1 }} />
        <PersonNumberField
          name="birthYear"
          label={t('caseView.field.birthYear')}
          extra={t('caseView.hint.birthYear')}
          schema={victimSchema.shape.birthYear}
          style={{ flex: 1 }}
        />
      </Flex>
      <EmploymentField />
    </FormModal>
  );
}
