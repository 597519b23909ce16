import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../../shared/domain/case-detail';
import { useCaseFormat } from '../useCaseFormat';
import { showIssues, type FieldOf } from '../issues';
import type { CaseChange, ChangeOutcome } from '../useCaseChange';

/** What every action form on the case page is given. */
export interface ActionFormProps {
  open: boolean;
  detail: CaseDetail;
  run: (change: CaseChange) => Promise<ChangeOutcome>;
  onClose: () => void;
  afterClose: () => void;
}

/**
 * The form state of one action: sends the change, closes on success, and on failure puts the
 * backend's issues on the fields they concern (anything else above the form). A failed action
 * changes nothing else on screen.
 */
export function useActionForm<T, F extends string>(
  run: (change: CaseChange) => Promise<ChangeOutcome>,
  fieldOf: FieldOf<F>,
  onClose: () => void,
) {
  const { i18n } = useTranslation();
  const format = useCaseFormat();
  const [form] = Form.useForm<T>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (change: CaseChange) => {
    setError(null);
    setSubmitting(true);
    const outcome = await run(change);
    setSubmitting(false);
    if (outcome.status === 'saved') onClose();
    else if (outcome.status === 'failed')
      setError(showIssues(form, outcome.error, fieldOf, i18n, format.date));
  };

  return { form, submitting, error, submit: (change: CaseChange) => void submit(change), format };
}
