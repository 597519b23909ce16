import { Form, Input, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Sex } from '../../../../../shared/domain/case-record';
import { defendantSchema } from '../../../../../shared/domain/case-record';
import { fromIsoDate, schemaRule, toIsoDate } from '../../../components/case/form-rules';
import { useCaseFormat } from '../useCaseFormat';
import { iinDisagreement, iinOrNull, iinPrefill } from './defendant-iin';

interface Facts {
  birthDate?: Dayjs | null;
  sex?: Sex;
}

/**
 * The defendant's IIN, checked as it is typed (the message names the wrong part). A valid one fills
 * in an empty birth date and the sex, and one that contradicts them says so, because the register
 * refuses a person whose IIN and birth date disagree.
 */
export function IinField() {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const form = Form.useFormInstance<Facts>();
  const facts = () => ({
    birthDate: toIsoDate(form.getFieldValue('birthDate') as Dayjs | null | undefined),
    sex: form.getFieldValue('sex') as Sex | undefined,
  });

  const agreesWithFacts: FormRule = {
    validator: (_rule, value: unknown) => {
      const problem = iinDisagreement(value, facts());
      if (!problem) return Promise.resolve();
      const date = problem.params ? { date: format.date(problem.params.date) } : {};
      return Promise.reject(new Error(t(problem.key, date)));
    },
  };

  const prefill = (value: string) => {
    const filled = iinPrefill(value, facts());
    if (!filled) return;
    form.setFieldsValue({
      birthDate: fromIsoDate(filled.birthDate),
      ...(filled.sex ? { sex: filled.sex } : {}),
    });
  };

  return (
    <Form.Item
      name="iin"
      label={t('caseView.field.iin')}
      extra={t('caseView.hint.iin')}
      dependencies={['birthDate', 'sex']}
      rules={[schemaRule(defendantSchema.shape.iin, t, { toApi: iinOrNull }), agreesWithFacts]}
    >
      <Input
        autoComplete="off"
        spellCheck={false}
        inputMode="numeric"
        onChange={(event) => prefill(event.target.value)}
      />
    </Form.Item>
  );
}
