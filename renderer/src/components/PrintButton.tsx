import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Opens the system's print dialog for what the screen shows, laid out for paper by styles.css's print
 * rules (no menu, no buttons, no dialogs); the dialog shows the preview and picks the printer.
 */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <Button className="no-print" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
      {t('print.button')}
    </Button>
  );
}
