import { Alert, Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { userInField } from './user-in-field';
import { useFocusOnRefusal } from './useFocusOnRefusal';
import { formValuesKey } from './case/form-values-key';

/**
 * The usual red star for required fields, drawn by CSS (styles.css) with empty alternative text, so a
 * label's accessible name stays exactly the field's name (as in the new-case form).
 */
const markRequired = (label: ReactNode, { required }: { required: boolean }) =>
  required ? <span className="required-mark">{label}</span> : label;

interface Props<T> {
  open: boolean;
  title: ReactNode;
  form: FormInstance<T>;
  /** Form name: prefixes the controls' ids, so two forms never share one. */
  name: string;
  initialValues?: Partial<T>;
  /**
   * What takes focus once the dialog is open: a field by name (or path), or a function that focuses
   * something; without it the OK button (a confirmation with no fields then goes ahead with Enter).
   */
  focus?: string | (string | number)[] | (() => void);
  okText: string;
  cancelText: string;
  submitting: boolean;
  /** What went wrong that no single field can show (already in the UI language). */
  error?: string | null;
  danger?: boolean;
  width?: number;
  /** `false` leaves required fields unstarred, as the sign-in screens whose fields a dialog reuses. */
  requiredMark?: false;
  onSubmit: (values: T) => void;
  onFieldsChange?: FormProps<T>['onFieldsChange'];
  onClose: () => void;
  afterClose?: () => void;
  children: ReactNode;
}

/**
 * A dialog holding one form, usable without a mouse: the first field takes focus (unless the user has
 * already clicked into one), Enter in a field submits (the OK button is the form's submit button), Esc
 * closes, focus returns where it was; a refused submit puts it on the field that shows the error.
 * Every dialog with a form is one of these.
 */
export function FormModal<T>({
  open,
  title,
  form,
  name,
  initialValues,
  focus,
  okText,
  cancelText,
  submitting,
  error,
  danger,
  width = 520,
  requiredMark,
  onSubmit,
  onFieldsChange,
  onClose,
  afterClose,
  children,
}: Props<T>) {
  const formRef = useRef<FormInstance<T> & { nativeElement?: HTMLElement }>(null);
  // The record under an open form may be read again (someone else changed it, and the save was
  // refused): fields the user has not touched show its new values; what they typed stays, to be saved
  // again. Overwriting an untouched field with the old value would undo the other person's change.
  // The field the cursor is in counts as touched: a date being typed reaches the form only on blur.
  const initialKey = formValuesKey(initialValues);
  const shownKey = useRef(initialKey);
  useEffect(() => {
    if (initialKey === shownKey.current) return;
    shownKey.current = initialKey;
    if (!open || !initialValues) return;
    const byName = form as FormInstance; // field names as the keys of `initialValues`
    const typing = document.activeElement?.id;
    const untouched = Object.entries(initialValues).filter(
      ([field]) => !byName.isFieldTouched(field) && typing !== `${name}_${field}`,
    );
    byName.setFieldsValue(Object.fromEntries(untouched));
  }, [initialKey, initialValues, open, form, name]);
  const formElement = useCallback(() => formRef.current?.nativeElement, []);
  useFocusOnRefusal(form, submitting, formElement, open);
  const focusFirst = () => {
    if (userInField(formRef.current?.nativeElement)) return;
    if (typeof focus === 'function') focus();
    else if (focus !== undefined) form.focusField(focus);
    else formRef.current?.nativeElement?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  };
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={{ htmlType: 'submit', loading: submitting, danger }}
      cancelButtonProps={{ disabled: submitting }}
      onCancel={() => {
        if (!submitting) onClose();
      }}
      // Focus the first field only once the dialog has finished opening: it remembers the control that
      // opened it first, to give focus back there when it closes. (A field's own autoFocus would also
      // be lost without the opening animation, the system's "reduce motion": it mounts hidden.)
      afterOpenChange={(opened) => {
        if (opened) focusFirst();
      }}
      afterClose={afterClose}
      mask={{ closable: false }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<T>
          ref={formRef}
          form={form}
          name={name}
          layout="vertical"
          requiredMark={requiredMark ?? markRequired}
          initialValues={initialValues}
          disabled={submitting}
          onFinish={onSubmit}
          onFieldsChange={onFieldsChange}
          clearOnDestroy
        >
          {dialog}
        </Form>
      )}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      {children}
    </Modal>
  );
}
