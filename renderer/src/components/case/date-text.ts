import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { Language } from '../../../../shared/domain/fields';
import { isIsoDate, isoDateOf } from '../../../../shared/dates';
import { dateInputFormats } from '../../../../shared/format';

dayjs.extend(customParseFormat);

/*
 * What was typed into a date field, read as the field's language writes dates. A date box of antd
 * puts its previous value back when the text is not a date, so "12.0" or "31.02.2024" vanished
 * without a word when the field was left. Here a text that is not a date stays in the box, and the
 * field says why it is not one: it is unfinished, or it names a day the calendar does not have.
 */

export type DateProblem = 'incomplete' | 'impossible';

/** Keys of the field's messages (errors.date.*), one per problem. */
export const DATE_PROBLEM_KEY: Record<DateProblem, string> = {
  incomplete: 'errors.date.incomplete',
  impossible: 'errors.date.impossible',
};

/** Day, month (1–12, or a month's name for English) and year of a text written in full. */
function wholeDateParts(text: string, language: Language): [day: number, month: string, year: number] | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return [Number(iso[3]), iso[2]!, Number(iso[1])];
  const local =
    /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text) ??
    (language === 'en' ? /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(text) : null);
  return local ? [Number(local[1]), local[2]!, Number(local[3])] : null;
}

/** The month's number: 1–12 as digits, or (English) its name, short as the field shows it ("Mar") or whole. */
function monthNumber(month: string): number | null {
  if (/^\d+$/.test(month)) return Number(month);
  const named = dayjs(`1 ${month} 2000`, ['D MMM YYYY', 'D MMMM YYYY'], 'en', true);
  return named.isValid() ? named.month() + 1 : null;
}

/**
 * The text of a date box: null when empty, the date when it is one in a format the language's field
 * takes (shared/format.ts: 15.03.2024, 4.3.2024 or 2024-03-15; also 15 Mar 2024 or 15 March 2024 in
 * English), otherwise the problem: `impossible` for a date written in full that the calendar does
 * not have (31.02.2024, 2024-13-01), `incomplete` for anything else ("12.0", "abc").
 */
export function readDateText(
  text: string,
  language: Language,
): { date: Dayjs } | { problem: DateProblem } | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parsed = dayjs(trimmed, [...dateInputFormats[language]], true);
  if (parsed.isValid()) return { date: parsed };
  const parts = wholeDateParts(trimmed, language);
  const month = parts && monthNumber(parts[1]);
  if (!parts || month === null) return { problem: 'incomplete' };
  const iso = isoDateOf(parts[2], month, parts[0]);
  if (!isIsoDate(iso)) return { problem: 'impossible' };
  // A whole day written a way the formats do not list ("04.3.2024", "2024-3-4") is still that day.
  return { date: dayjs(iso, 'YYYY-MM-DD', true) };
}
