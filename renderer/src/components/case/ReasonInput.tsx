import { Input } from 'antd';
import type { TextAreaProps } from 'antd/es/input';

/** A text box for a reason: Enter starts a new line, Ctrl+Enter (⌘Enter) submits its form. */
export function ReasonInput(props: TextAreaProps) {
  return (
    <Input.TextArea
      rows={3}
      maxLength={1000}
      {...props}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          event.currentTarget.form?.requestSubmit();
        }
      }}
    />
  );
}
