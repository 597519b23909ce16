import dayjs from 'dayjs';
import { ISO_DATE } from './form-rules';

/**
 * What a form's starting values say, as one string to compare: a date counts by its day. Forms start
 * a new date at `dayjs()`, which differs by the millisecond at every render; compared by its time, a
 * mere re-render (a refetch, another user's change elsewhere) looked like a new record and put today
 * back over a date being typed.
 */
export function formValuesKey(values: object | undefined): string {
  return JSON.stringify(values ?? {}, function byDay(this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    return dayjs.isDayjs(original) ? original.format(ISO_DATE) : value;
  });
}
