import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { personPath } from '../../components/monitoring-links';
import { useCan } from '../../state/session';

interface Props {
  caseId: number;
  index: number;
  /** The defendant as the page names them. */
  name: string;
}

// A conflict names the register number the person already has: long enough to be read.
const ERROR_SECONDS = 8;

/**
 * Puts a convicted defendant on the monitoring register in one step (identity and this conviction),
 * after a confirmation since a register entry is not removed again, then opens the person's page.
 * Only for a role that keeps the register.
 */
export function RegisterDefendantButton({ caseId, index, name }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const label = t('caseMonitoring.register.action');
  const canRegister = useCan('monitoring.write');

  const register = async () => {
    const result = await api.monitoring.fromDefendant({ caseId, index });
    if (!result.ok) {
      void message.error({ content: result.error.message, duration: ERROR_SECONDS });
      return;
    }
    const { sex, personId } = result.value.record;
    void message.success(t(`caseMonitoring.register.done.${sex}`, { personId }));
    void navigate(personPath(result.value.id));
  };

  const confirm = () => {
    modal.confirm({
      title: t('caseMonitoring.register.confirmTitle', { name }),
      content: t('caseMonitoring.register.confirmText'),
      okText: t('caseMonitoring.register.ok'),
      cancelText: t('caseMonitoring.register.cancel'),
      icon: <EyeOutlined aria-hidden />,
      onOk: register,
    });
  };

  if (!canRegister) return null;
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type="text"
        icon={<EyeOutlined aria-hidden />}
        aria-label={label}
        onClick={confirm}
      />
    </Tooltip>
  );
}
