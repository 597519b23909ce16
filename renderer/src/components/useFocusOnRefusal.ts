import type { FormInstance } from 'antd';
import { useEffect, useRef } from 'react';

/** A screen of its own: no other part of it can hold the focus meanwhile. */
const wholeScreen = () => undefined;

/**
 * Once a submit is refused with an error on a field (a login already taken), the focus goes to the
 * first such field. The fields were disabled while the form was sent, which dropped the focus to the
 * page, and a keyboard user would have to find the field again. Focus that has moved outside `within`
 * meanwhile (another dialog opened) stays where it is; give `within` as a stable function.
 */
export function useFocusOnRefusal(
  form: FormInstance,
  submitting: boolean,
  within: () => HTMLElement | null | undefined = wholeScreen,
  open = true,
): void {
  const wasSubmitting = useRef(submitting);
  useEffect(() => {
    const ended = wasSubmitting.current && !submitting;
    wasSubmitting.current = submitting;
    if (!ended || !open) return;
    const refused = form.getFieldsError().find((field) => field.errors.length > 0);
    if (!refused) return;
    const active = document.activeElement;
    if (active && active !== document.body && !within()?.contains(active)) return;
    form.focusField(refused.name);
  }, [form, submitting, within, open]);
}
