import type { InputProps } from 'antd';
import { NumberInput } from './NumberInput';

/**
 * An amount in tenge. It is shown grouped by thousands when the form opens (numberText with
 * `grouped`), and read back with the same grouping, a minus sign or a fraction kept as typed, so
 * the rule can refuse what is wrong instead of the box quietly changing it.
 */
export function AmountInput(props: InputProps) {
  return <NumberInput suffix="₸" {...props} />;
}
