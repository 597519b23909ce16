import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/accounts';
import { useFormats } from '../../components/format';

/**
 * Where an account stands: disabled says it all; otherwise a lockout and a pending password change
 * are both shown, and an account with neither is active. Unless `oneLine`, long statuses (Kazakh,
 * Russian) wrap inside their tag rather than widen the table.
 */
export function UserStatusTags({ user, oneLine }: { user: UserSummary; oneLine: boolean }) {
  const { t } = useTranslation();
  const format = useFormats();
  const style = oneLine ? undefined : ({ whiteSpace: 'normal' } as const);
  if (user.disabled) return <Tag color="default">{t('users.status.disabled')}</Tag>;
  const tags = [
    user.lockedUntil && (
      <Tag key="locked" color="orange" style={style}>
        {t('users.status.locked', { time: format.time(user.lockedUntil) })}
      </Tag>
    ),
    user.mustChangePassword && (
      <Tag key="mustChange" color="blue" style={style}>
        {t('users.status.mustChange')}
      </Tag>
    ),
  ].filter(Boolean);
  if (tags.length === 0) return <Tag color="green">{t('users.status.active')}</Tag>;
  return (
    <Flex vertical gap={4} align="flex-start">
      {tags}
    </Flex>
  );
}
