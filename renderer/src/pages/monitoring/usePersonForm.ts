import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../shared/domain/monitoring-api';
import type { Result } from '../../../../shared/result';
import { showIssues, type FieldOf } from '../case/issues';
import { useCaseFormat } from '../case/useCaseFormat';

/** What every register dialog of the person page is given (PersonPage's `formProps`). */
export interface PersonDialogProps {
  open: boolean;
  detail: PersonDetail;
  onSaved: (detail: PersonDetail) => void;
  onClose: () => void;
  afterClose: () => void;
}

/** Sends one register action; the backend answers with the whole person as it now is. */
export type PersonSend = () => Promise<Result<PersonDetail>>;

/**
 * The state of one register form: sends the action, hands the updated person over and closes on
 * success; on failure puts the backend's issues on the fields they concern (anything else above the form).
 */
export function usePersonForm<T, F extends string>(
  fieldOf: FieldOf<F>,
  onSaved: (detail: PersonDetail) => void,
  onClose: () => void,
) {
  const { i18n } = useTranslation();
  const format = useCaseFormat();
  const [form] = Form.useForm<T>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (send: PersonSend) => {
    setError(null);
    setSubmitting(true);
    const result = await send();
    setSubmitting(false);
    if (result.ok) {
      onSaved(result.value);
      onClose();
    } else setError(showIssues(form, result.error, fieldOf, i18n, format.date));
  };

  return { form, submitting, error, submit: (send: PersonSend) => void submit(send), format };
}
