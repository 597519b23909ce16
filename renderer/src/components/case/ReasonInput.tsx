import { Input } from 'antd';
import type { TextAreaProps } from 'antd/es/input';

/**
 * A text box for a reason: Enter starts a new line, Ctrl+Enter (⌘Enter) submits its form. It counts
 * towards the 1000 characters kept but never cuts a longer text (a rule or the backend refuses it).
 */
export function ReasonInput(props: TextAreaProps) {
  return (
    <Input.TextArea
      rows={3}
      count={{ show: true, max: 1000 }}
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
