import type { Language } from '../../../../shared/domain/fields';
import { numberSeparators } from '../../../../shared/format';

/*
 * A number box holds exactly the text the user typed; the form turns it into a number only when it
 * is one. A number box of antd (InputNumber) instead drops letters, a minus sign or a fraction and
 * clamps to its min/max when it loses focus, so "-5000" became 5 000 and 15 months became 11 without
 * a word. Here nothing is changed: a text that is not a number goes to the schema as it is, and the
 * schema refuses it at the field with its own message.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A number as people write it in this locale: digits, optionally grouped by threes with spaces or the
 * locale's group separator ("1 500 000", "1,500,000"), a decimal part after the locale's decimal
 * separator (or a point, where the point does not group), a leading minus.
 */
function numberPattern(language: Language): RegExp {
  const { group, decimal } = numberSeparators(language);
  const groups = `[\\s\\u00a0\\u202f${escape(group)}]`;
  const decimals = `[${escape(decimal)}${group === '.' ? '' : '.'}]`;
  return new RegExp(`^([-\\u2212])?(\\d{1,3}(?:${groups}\\d{3})+|\\d+)(?:${decimals}(\\d+))?$`);
}

/**
 * The value of a number box as the API takes it: null when empty, the number when the text is one,
 * and otherwise the text unchanged (which the schema refuses as "expected a number").
 */
export function numberFromText(value: unknown, language: Language): unknown {
  if (typeof value === 'number' || value === null || value === undefined) return value ?? null;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return null;
  const match = numberPattern(language).exec(text);
  if (!match) return value;
  const [, minus, whole, fraction] = match;
  return Number(`${minus ? '-' : ''}${whole!.replace(/\D/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** A stored number as the box first shows it: grouped by thousands for amounts, plain otherwise. */
export function textOfNumber(
  value: number | null | undefined,
  language: Language,
  { grouped = false }: { grouped?: boolean } = {},
): string {
  if (value === null || value === undefined) return '';
  if (!grouped) return String(value);
  const { group, decimal } = numberSeparators(language);
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${fraction ? `${decimal}${fraction}` : ''}`;
  return value < 0 ? `-${text}` : text;
}
