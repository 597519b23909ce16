import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isFutureDate, todayIso } from '../../../../shared/dates';
import { dateInputFormats } from '../../../../shared/format';
import { currentLanguage } from '../../i18n/i18n';
import { readDateText } from './date-text';
import { ISO_DATE } from './form-rules';

interface Props extends Omit<DatePickerProps, 'value' | 'onChange'> {
  /**
   * A planned date (a supervision period's start or end, an extension's new end) may lie ahead;
   * any other date is of something that happened, so days after today cannot be picked.
   */
  plan?: boolean;
  /** A date, none, or the text typed when it is not a date (which dateRule refuses at the field). */
  value?: Dayjs | string | null;
  onChange?: (value: Dayjs | string | null) => void;
}

const isAfterToday = (day: Dayjs) => isFutureDate(day.format(ISO_DATE), todayIso());

/**
 * The one date field of every form: it shows dates as the UI language writes them (15.03.2024 in
 * Russian and Kazakh, 15 Mar 2024 in English, from shared/format.ts) and also takes ISO dates typed
 * as 2024-03-15, the form of the case file.
 *
 * What is typed counts as soon as the field is left, without Enter: the picker on its own only takes
 * typed text on Enter or when its calendar closes, which comes after a click on Save has already
 * read the old value (the new date was lost while the dialog said "Changes saved").
 *
 * Text that is not a date ("12.0", "31.02.2024") stays in the box and becomes the field's value as
 * text, so the form's dateRule says what is wrong at the field and the form does not save; the picker
 * alone would put the previous date back without a word. Emptying the box empties the field.
 *
 * Required dates should pass `allowClear={false}`: clearing one can only make it invalid, and it
 * saves a Tab stop.
 */
export function DateInput({ plan = false, onBlur, onChange, value, ...props }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // While the field holds typed text, the picker keeps the last date it showed: a new value would
  // make it write that date over the text.
  const held = typeof value === 'string' ? null : dayjs.isDayjs(value) ? value : null;
  const [shown, setShown] = useState(held);
  if (typeof value !== 'string' && held !== shown) setShown(held);

  // The text last typed, until a date is picked: leaving a field by Tab has the picker put its previous
  // date back over a day it does not offer (after today) before the field is left, so a mistyped
  // 2030 became today's date without a word.
  const typed = useRef<string | null>(null);
  const noteTyped = (event: FormEvent<HTMLElement>) => {
    if (event.target instanceof HTMLInputElement) typed.current = event.target.value;
  };

  const takeText = (text: string) => {
    typed.current = null;
    const read = readDateText(text, language);
    if (read === null) {
      if (value !== null && value !== undefined) onChange?.(null);
    } else if ('problem' in read) {
      if (value !== text) onChange?.(text);
    } else if (!(dayjs.isDayjs(value) && value.isValid() && read.date.isSame(value, 'day'))) {
      onChange?.(read.date);
    }
  };

  const takeTyped = (event: FocusEvent<HTMLElement>) => {
    onBlur?.(event, {});
    if (event.target instanceof HTMLInputElement) takeText(typed.current ?? event.target.value);
  };

  const onKey = (event: KeyboardEvent<HTMLElement>) => {
    // Escape gives the typing up: the picker's date stays.
    if (event.key === 'Escape') typed.current = null;
    // Enter also sends the form, before the field is left: what was typed counts first. The picker
    // alone ignores a day it does not offer (after today) or one that does not exist, and the form
    // then saved the previous date, or today's, without a word.
    if (event.key === 'Enter' && typed.current !== null) takeText(typed.current);
  };

  return (
    // `display: contents`: a box for hearing what is typed, none for the layout.
    <div style={{ display: 'contents' }} onInputCapture={noteTyped} onKeyDownCapture={onKey}>
      <DatePicker
        format={[...dateInputFormats[language]]}
        placeholder={t('caseView.dateInput.placeholder')}
        disabledDate={plan ? undefined : isAfterToday}
        style={{ width: '100%' }}
        value={typeof value === 'string' ? shown : held}
        // One date per field (no `multiple`): a list never comes.
        onChange={(date) => {
          typed.current = null;
          onChange?.(Array.isArray(date) ? null : date);
        }}
        onBlur={takeTyped}
        preserveInvalidOnBlur
        {...props}
      />
    </div>
  );
}
