import type { Database } from 'better-sqlite3';
import type { Language } from '../../shared/domain/fields';
import type { Role } from '../../shared/domain/accounts';
import type { NewUser, SignInBookkeeping, UserAccount, UserReader, UserWriter } from '../ports';
import { appendSignIn } from './sign-in-journal';
import { statement } from './statements';

interface UserRow {
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

const toAccount = (row: UserRow): UserAccount => ({
  id: row.id,
  login: row.login,
  fullName: row.full_name,
  role: row.role,
  passwordHash: row.password_hash,
  mustChangePassword: row.must_change_password === 1,
  disabled: row.disabled === 1,
  language: row.language,
  createdAt: row.created_at,
  passwordChangedAt: row.password_changed_at,
  failedAttempts: row.failed_attempts,
  lockedUntil: row.locked_until,
  lastLoginAt: row.last_login_at,
});

export function userReader(db: Database): UserReader {
  const one = (sql: string, arg: unknown) => {
    const row = statement(db, sql).get(arg) as UserRow | undefined;
    return Promise.resolve(row ? toAccount(row) : null);
  };
  return {
    count: () => Promise.resolve((statement(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n),
    byId: (id) => one('SELECT * FROM users WHERE id = ?', id),
    byLogin: (login) => one('SELECT * FROM users WHERE login = ?', login),
    list: () =>
      Promise.resolve(
        (
          statement(
            db,
            'SELECT * FROM users ORDER BY disabled, full_name COLLATE NOCASE, id',
          ).all() as UserRow[]
        ).map(toAccount),
      ),
    activeAdmins: () =>
      Promise.resolve(
        (
          statement(db, "SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0").get() as {
            n: number;
          }
        ).n,
      ),
  };
}

export function userWriter(db: Database): UserWriter {
  const run = (sql: string, ...args: unknown[]) => {
    statement(db, sql).run(...args);
  };
  return {
    insert(user: NewUser) {
      const result = statement(
        db,
        `INSERT INTO users (login, full_name, role, password_hash, must_change_password, created_at, password_changed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        user.login,
        user.fullName,
        user.role,
        user.passwordHash,
        user.mustChangePassword ? 1 : 0,
        user.at,
        user.at,
      );
      return Promise.resolve(Number(result.lastInsertRowid));
    },
    update(id, { fullName, role }) {
      run('UPDATE users SET full_name = ?, role = ? WHERE id = ?', fullName, role, id);
      return Promise.resolve(id);
    },
    setDisabled(id, disabled) {
      run('UPDATE users SET disabled = ? WHERE id = ?', disabled ? 1 : 0, id);
      return Promise.resolve(id);
    },
    setPassword(id, { passwordHash, mustChange, at }) {
      // A new password also clears a lockout: the administrator's reset is how a locked user gets back in.
      run(
        `UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ?,
           failed_attempts = 0, locked_until = NULL WHERE id = ?`,
        passwordHash,
        mustChange ? 1 : 0,
        at,
        id,
      );
      return Promise.resolve(id);
    },
    setLanguage(id, language) {
      run('UPDATE users SET language = ? WHERE id = ?', language, id);
      return Promise.resolve(id);
    },
  };
}

export function signInBookkeeping(db: Database): SignInBookkeeping {
  return {
    failed(id, attempts, lockedUntil) {
      statement(db, 'UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(
        attempts,
        lockedUntil,
        id,
      );
    },
    succeeded(id, at) {
      statement(
        db,
        'UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?',
      ).run(at, id);
    },
    journal: (event) => appendSignIn(db, event),
  };
}
