import type { FormInstance } from 'antd';
import { useState } from 'react';

/**
 * Field hints put away while their field shows an error: the error says the same thing in red, and two
 * lines repeating each other make the form longer than the screen. Give `sync` to the form's
 * `onFieldsChange`, call it after setting errors by hand (`setFields` does not report them), and use
 * `hint(field, text)` as a field's `extra`.
 */
export function useFieldHints(form: FormInstance) {
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const sync = () => {
    // Our forms are flat: a field's name is its only path segment.
    const next = new Set(
      form
        .getFieldsError()
        .filter((f) => f.errors.length > 0)
        .map((f) => String(f.name[0])),
    );
    if (next.size !== invalid.size || [...next].some((name) => !invalid.has(name))) setInvalid(next);
  };
  const hint = (field: string, text: string) => (invalid.has(field) ? undefined : text);
  return { sync, hint };
}
