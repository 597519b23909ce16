import { InputNumber, type InputNumberProps } from 'antd';
import { formatsFor } from '../../../../shared/format';
import { currentLanguage } from '../../i18n/i18n';

/**
 * An amount in tenge, whole numbers only, shown with the language's digit grouping as it is typed
 * (1 500 000); anything but digits is ignored when it is read back.
 */
export function AmountInput(props: InputNumberProps<number>) {
  const { number } = formatsFor(currentLanguage());
  return (
    <InputNumber<number>
      min={0}
      precision={0}
      style={{ width: '100%' }}
      suffix="₸"
      formatter={(value, { userTyping, input }) =>
        userTyping ? input : value === undefined || String(value) === '' ? '' : number(Number(value))
      }
      // rc-input-number takes the digits back as a string, so an emptied box stays empty (not 0).
      parser={(text) => (text ?? '').replace(/\D/g, '') as unknown as number}
      {...props}
    />
  );
}
