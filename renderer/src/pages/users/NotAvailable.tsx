import { LockOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** What someone whose role does not manage accounts sees on the Users address: a plain answer, no error. */
export function NotAvailable() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        icon={<LockOutlined aria-hidden style={{ color: 'rgba(0,0,0,0.25)' }} />}
        title={t('users.notAvailable.title')}
        subTitle={t('users.notAvailable.subTitle')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('users.notAvailable.back')}
          </Button>
        }
      />
    </Card>
  );
}
