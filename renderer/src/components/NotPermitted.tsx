import { LockOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Capability } from '../../../shared/domain/accounts';
import { useRoleName, useRolesWith } from './useRoleReason';

interface Props {
  /** What the page needs: the answer then names the roles that have it. */
  capability?: Capability;
  /** A sentence of the page's own instead of the general one. */
  text?: string;
}

/**
 * What a page says to a role it is not for: a plain answer and the way back, never an error. Show it
 * instead of the page (the page's own calls would only be refused).
 */
export function NotPermitted({ capability, text }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useRoleName();
  const who = useRolesWith(capability ?? 'accounts');
  const subTitle = [
    text ?? t('roles.notPermitted.text', { role }),
    capability ? t('roles.availableTo', { roles: who }) : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Card>
      <Result
        icon={<LockOutlined aria-hidden style={{ color: 'rgba(0,0,0,0.25)' }} />}
        title={
          <h1 style={{ margin: 0, font: 'inherit', color: 'inherit' }}>{t('roles.notPermitted.title')}</h1>
        }
        subTitle={subTitle}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('roles.notPermitted.back')}
          </Button>
        }
      />
    </Card>
  );
}
