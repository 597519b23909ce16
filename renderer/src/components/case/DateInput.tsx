import { DatePicker, type DatePickerProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ISO_DATE } from './form-rules';

/**
 * A date picker that shows dates as the UI language writes them (15.03.2024) and also accepts them
 * typed as ISO dates (2024-03-15), the form the interchange file and the registry use. Required dates
 * should pass `allowClear={false}`: clearing one can only make it invalid, and it saves a Tab stop.
 */
export function DateInput(props: DatePickerProps) {
  const { t } = useTranslation();
  return (
    <DatePicker
      format={[t('caseView.dateInput.format'), ISO_DATE]}
      placeholder={t('caseView.dateInput.placeholder')}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
