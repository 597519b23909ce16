import type { Session, UserAccount } from '../../../db/ports';
import {
  roleCapabilities,
  type AuthStatus,
  type SessionUser,
  type UserSummary,
} from '../../../shared/domain/accounts';
import type { Language } from '../../../shared/domain/fields';
import type { CallerSession } from '../../context';
import { isLocked } from '../../auth/lockout';

export function sessionUser(user: UserAccount): SessionUser {
  return {
    id: user.id,
    login: user.login,
    fullName: user.fullName,
    role: user.role,
    capabilities: [...roleCapabilities[user.role]],
    mustChangePassword: user.mustChangePassword,
  };
}

export function userSummary(user: UserAccount, now: Date): UserSummary {
  return {
    id: user.id,
    login: user.login,
    fullName: user.fullName,
    role: user.role,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: isLocked(user, now) ? user.lockedUntil : null,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
  };
}

/** Where a caller stands, given their (possibly absent) session and its user. */
export function statusOf(
  caller: CallerSession,
  session: Session | null,
  user: UserAccount | null,
  usersExist: boolean,
  officeLanguage: Language,
): AuthStatus {
  if (!usersExist) return { state: 'setup', language: officeLanguage };
  if (!session || !user || user.disabled || user.id !== session.userId)
    return { state: 'signedOut', language: officeLanguage };
  const shown = {
    user: sessionUser(user),
    idleMinutes: caller.idleMinutes,
    language: user.language ?? officeLanguage,
  };
  return session.locked ? { state: 'locked', ...shown } : { state: 'signedIn', ...shown };
}
