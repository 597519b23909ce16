import { useTranslation } from 'react-i18next';
import { hasCapability, roles, type Capability } from '../../../shared/domain/accounts';
import { useSession } from '../state/session';

/** The signed-in user's role, in the interface language. */
export function useRoleName(): string {
  const { t } = useTranslation();
  return t(`auth.role.${useSession().user.role}`);
}

/** The roles that have a capability, worded and listed: whom to ask, or which account to use. */
export function useRolesWith(capability: Capability): string {
  const { t } = useTranslation();
  return roles
    .filter((r) => hasCapability(r, capability))
    .map((r) => t(`auth.role.${r}`))
    .join(', ');
}

/**
 * Why the signed-in user may not use something that needs `capability` (their role, and the roles that
 * may), or null when they may. Read from the same table the backend enforces.
 */
export function useRoleReason(capability: Capability): string | null {
  const { t } = useTranslation();
  const { user } = useSession();
  const role = useRoleName();
  const who = useRolesWith(capability);
  return user.capabilities.includes(capability) ? null : t('roles.notForRole', { role, roles: who });
}
