import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isFutureDate, todayIso } from '../../../../shared/dates';
import { dateInputFormats } from '../../../../shared/format';
import { currentLanguage } from '../../i18n/i18n';
import { ISO_DATE } from './form-rules';

dayjs.extend(customParseFormat);

interface Props extends DatePickerProps {
  /**
   * A planned date (a supervision period's start or end, an extension's new end) may lie ahead;
   * any other date is of something that happened, so days after today cannot be picked.
   */
  plan?: boolean;
}

/** The text in the box as a date, if it is one in a format this language's field accepts. */
function typedDate(text: string, formats: readonly string[]): Dayjs | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parsed = dayjs(trimmed, [...formats], true);
  return parsed.isValid() ? parsed : null;
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
 * Required dates should pass `allowClear={false}`: clearing one can only make it invalid, and it
 * saves a Tab stop.
 */
export function DateInput({ plan = false, onBlur, onChange, value, ...props }: Props) {
  const { t } = useTranslation();
  const formats = dateInputFormats[currentLanguage()];

  const takeTyped = (event: FocusEvent<HTMLElement>) => {
    onBlur?.(event, {});
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const typed = typedDate(input.value, formats);
    const current = dayjs.isDayjs(value) ? value : null;
    if (typed && !(current?.isValid() && typed.isSame(current, 'day'))) onChange?.(typed, input.value);
  };

  return (
    <DatePicker
      format={[...formats]}
      placeholder={t('caseView.dateInput.placeholder')}
      disabledDate={plan ? undefined : isAfterToday}
      style={{ width: '100%' }}
      value={value}
      onChange={onChange}
      onBlur={takeTyped}
      {...props}
    />
  );
}
