import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/accounts';
import type { Result } from '../../../../shared/result';
import { showIssues } from '../case/issues';
import { userFieldOf } from './user-form';

/** What each account dialog is given by the Users screen. */
export interface UserDialogProps {
  open: boolean;
  onDone: (user: UserSummary) => void;
  onClose: () => void;
  afterClose: () => void;
}

/**
 * The state of one account dialog: sends its action and closes on success; on failure puts the API's
 * issues on their fields (a taken login on Login) and shows anything else, such as the last-admin
 * refusal, above the form in the backend's own words.
 */
export function useUserSubmit<T>({ onDone, onClose }: Pick<UserDialogProps, 'onDone' | 'onClose'>) {
  const { i18n } = useTranslation();
  const [form] = Form.useForm<T>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (send: () => Promise<Result<UserSummary>>) => {
    setError(null);
    setSubmitting(true);
    const result = await send();
    setSubmitting(false);
    if (result.ok) {
      onDone(result.value);
      onClose();
    } else setError(showIssues(form, result.error, userFieldOf, i18n, (iso) => iso));
  };

  return { form, submitting, error, submit: (send: () => Promise<Result<UserSummary>>) => void submit(send) };
}
