import type { FormInstance } from 'antd';
import type { i18n as I18n } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/result';
import { errorText } from '../../i18n/api-issue';
import { issuesByField } from './auth-form';

const sameTexts = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((text, i) => text === b[i]);

/** Puts the refusal's issues on the fields `only` picks, worded now; returns what it put. */
function putIssues(
  form: FormInstance,
  error: ApiError | null,
  fields: readonly string[],
  i18n: I18n,
  only: (field: string) => boolean,
): Map<string, string[]> {
  const byField = error ? issuesByField(error, fields, i18n) : new Map<string, string[]>();
  const put = [...byField].filter(([name]) => only(name));
  form.setFields(put.map(([name, errors]) => ({ name, errors })));
  return new Map(put);
}

/**
 * What a form under the language switch (the signed-out screens) says, in the language chosen last:
 * someone unsure of the language switches after the first error, and that error must follow.
 * The API's refusal is kept as it came, with its keys, and worded at each render; its issues stay on
 * their fields, worded again, for as long as a field still shows them. A field's own rules are built
 * with `t` at each render, so a message of theirs is checked again to be worded anew.
 * `fields` are the form's fields an issue of the API may name; `refused` shows a refusal, null clears it.
 */
export function useFormMessages(form: FormInstance, fields: readonly string[]) {
  const { i18n } = useTranslation();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  // The API's texts as each field shows them, to tell them from a message the field's rules gave since.
  const fromApi = useRef(new Map<string, string[]>());

  const refused = (error: ApiError | null) => {
    setRefusal(error);
    fromApi.current = putIssues(form, error, fields, i18n, () => true);
  };

  const language = i18n.language;
  const wordedIn = useRef(language);
  useEffect(() => {
    if (wordedIn.current === language) return;
    wordedIn.current = language;
    const showing = form.getFieldsError().filter((field) => field.errors.length > 0);
    const api = new Set<string>();
    const ruled: string[] = [];
    for (const { name, errors } of showing) {
      const field = String(name[0]); // the signed-out forms are flat
      if (sameTexts(fromApi.current.get(field), errors)) api.add(field);
      else ruled.push(field);
    }
    fromApi.current = putIssues(form, refusal, fields, i18n, (field) => api.has(field));
    // A failed check is what is being worded again, not news: the promise's rejection says nothing more.
    if (ruled.length > 0) form.validateFields(ruled).catch(() => undefined);
  }, [language, form, fields, i18n, refusal]);

  const onFields = refusal !== null && issuesByField(refusal, fields, i18n).size > 0;
  return { alert: refusal && !onFields ? errorText(refusal, i18n) : null, refused };
}
