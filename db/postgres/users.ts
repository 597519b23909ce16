import type { Language } from '../../shared/domain/fields';
import type { Role } from '../../shared/domain/accounts';
import type { NewUser, SignInBookkeeping, UserAccount, UserReader, UserWriter } from '../ports';
import { nextId } from './next-id';
import { signInStatements } from './sign-in-journal';
import { row, rows, type Queryable } from './sql';

export interface UserRow {
  id: number;
  login: string;
  full_name: string;
  role: Role;
  password_hash: string;
  must_change_password: 0 | 1;
  disabled: 0 | 1;
  language: Language | null;
  created_at: string;
  password_changed_at: string;
  failed_attempts: number;
  locked_until: string | null;
  last_login_at: string | null;
}

/** Every column of UserRow, by name (checked against it), for statements that read them all. */
export const USER_COLUMNS = Object.keys({
  id: true,
  login: true,
  full_name: true,
  role: true,
  password_hash: true,
  must_change_password: true,
  disabled: true,
  language: true,
  created_at: true,
  password_changed_at: true,
  failed_attempts: true,
  locked_until: true,
  last_login_at: true,
} satisfies Record<keyof UserRow, true>);

export const toAccount = (r: UserRow): UserAccount => ({
  id: r.id,
  login: r.login,
  fullName: r.full_name,
  role: r.role,
  passwordHash: r.password_hash,
  mustChangePassword: r.must_change_password === 1,
  disabled: r.disabled === 1,
  language: r.language,
  createdAt: r.created_at,
  passwordChangedAt: r.password_changed_at,
  failedAttempts: r.failed_attempts,
  lockedUntil: r.locked_until,
  lastLoginAt: r.last_login_at,
});

export function pgUserReader(db: Queryable): UserReader {
  const one = async (sql: string, arg: unknown) => {
    const found = await row<UserRow>(db, sql, [arg]);
    return found ? toAccount(found) : null;
  };
  return {
    count: async () => (await row<{ n: number }>(db, 'SELECT count(*) AS n FROM users'))!.n,
    byId: (id) => one('SELECT * FROM users WHERE id = $1', id),
    // Logins compare ignoring ASCII case, like SQLite's NOCASE column (the unique index users_by_login).
    byLogin: (login) => one('SELECT * FROM users WHERE nadzor_nocase(login) = nadzor_nocase($1)', login),
    list: async () =>
      (await rows<UserRow>(db, 'SELECT * FROM users ORDER BY disabled, nadzor_nocase(full_name), id')).map(
        toAccount,
      ),
    activeAdmins: async () =>
      (await row<{ n: number }>(db, "SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0"))!
        .n,
  };
}

export function pgUserWriter(db: Queryable): UserWriter {
  const run = async (sql: string, ...args: unknown[]) => {
    await db.query(sql, args);
  };
  return {
    async insert(user: NewUser) {
      const id = await nextId(db, 'users');
      await run(
        `INSERT INTO users (id, login, full_name, role, password_hash, must_change_password, created_at,
           password_changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        id,
        user.login,
        user.fullName,
        user.role,
        user.passwordHash,
        user.mustChangePassword ? 1 : 0,
        user.at,
        user.at,
      );
      return id;
    },
    async update(id, { fullName, role }) {
      await run('UPDATE users SET full_name = $1, role = $2 WHERE id = $3', fullName, role, id);
      return id;
    },
    async setDisabled(id, disabled) {
      await run('UPDATE users SET disabled = $1 WHERE id = $2', disabled ? 1 : 0, id);
      return id;
    },
    async setPassword(id, { passwordHash, mustChange, at }) {
      // A new password also clears a lockout: the administrator's reset is how a locked user gets back in.
      await run(
        `UPDATE users SET password_hash = $1, must_change_password = $2, password_changed_at = $3,
           failed_attempts = 0, locked_until = NULL WHERE id = $4`,
        passwordHash,
        mustChange ? 1 : 0,
        at,
        id,
      );
      return id;
    },
    async setLanguage(id, language) {
      await run('UPDATE users SET language = $1 WHERE id = $2', language, id);
      return id;
    },
  };
}

/**
 * The bookkeeping interface is synchronous (SQLite writes at once); here each call is queued and the
 * queue is written, in order, before `bookkeep` resolves.
 */
export async function pgBookkeep<T>(db: Queryable, fn: (b: SignInBookkeeping) => T): Promise<T> {
  const queued: [string, unknown[]][] = [];
  const result = fn({
    failed: (id, attempts, lockedUntil) =>
      queued.push([
        'UPDATE users SET failed_attempts = $1, locked_until = $2 WHERE id = $3',
        [attempts, lockedUntil, id],
      ]),
    succeeded: (id, at) =>
      queued.push([
        'UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = $1 WHERE id = $2',
        [at, id],
      ]),
    journal: (event) => void queued.push(...signInStatements(event)),
  });
  for (const [sql, args] of queued) await db.query(sql, args);
  return result;
}
