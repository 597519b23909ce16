import { z } from 'zod';
import type { Language } from './fields';

/**
 * Local accounts (issue 6). A role is a set of capabilities; every API method needs one capability
 * (shared/api/permissions.ts), so the backend enforces and the screens hide from one table.
 */
export const roles = ['admin', 'supervisor', 'reporter', 'auditor'] as const;
export type Role = (typeof roles)[number];
export const role = z.enum(roles);

export const capabilities = [
  /** Read cases, the register, reference data, statistics. */
  'read',
  'cases.write',
  'monitoring.write',
  'import',
  /** Produce the annual review PDF. */
  'reports',
  /** Export case files. */
  'export',
  /** Read the audit trail: the Audit screen and each case's History. */
  'audit.read',
  'audit.export',
  'accounts',
  /** Application settings, report settings, demo data. */
  'settings',
  'reference',
  /** Back up this computer's database and restore a backup (the administrator's alone). */
  'backups',
] as const;
export type Capability = (typeof capabilities)[number];

export const roleCapabilities: Record<Role, readonly Capability[]> = {
  admin: capabilities,
  supervisor: ['read', 'cases.write', 'monitoring.write', 'import'],
  reporter: ['read', 'reports', 'export'],
  auditor: ['read', 'audit.read', 'audit.export'],
};

export const hasCapability = (r: Role, capability: Capability): boolean =>
  roleCapabilities[r].includes(capability);

export const PASSWORD_MIN_LENGTH = 10;
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;
export const IDLE_MINUTES_DEFAULT = 15;
export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 240;

export const password = z
  .string({ error: 'errors.required' })
  .min(PASSWORD_MIN_LENGTH, { error: 'errors.password.tooShort' })
  .max(200, { error: 'errors.password.tooLong' });

/** A login is what people type at the login screen: short, Latin, no spaces; compared ignoring case. */
export const login = z
  .string({ error: 'errors.required' })
  .trim()
  .min(3, { error: 'errors.login.tooShort' })
  .max(32, { error: 'errors.login.tooLong' })
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'errors.login.characters' })
  .transform((v) => v.toLowerCase());

export const fullName = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, { error: 'errors.required' })
  .max(120, { error: 'errors.fullName.tooLong' });

export const newAccount = z.object({ fullName, login, password }).strict();

export const idleMinutes = z
  .number()
  .int()
  .min(IDLE_MINUTES_MIN, { error: 'errors.idleMinutes.range' })
  .max(IDLE_MINUTES_MAX, { error: 'errors.idleMinutes.range' });

export const authActions = {
  setupAdmin: newAccount,
  login: z
    .object({ login: z.string().trim().min(1, { error: 'errors.required' }), password: z.string() })
    .strict(),
  unlock: z.object({ password: z.string() }).strict(),
  changePassword: z.object({ current: z.string(), next: password }).strict(),
};

const userId = z.number().int().positive();

export const userActions = {
  create: newAccount.extend({ role }).strict(),
  update: z.object({ id: userId, fullName, role }).strict(),
  setDisabled: z.object({ id: userId, disabled: z.boolean() }).strict(),
  resetPassword: z.object({ id: userId, password }).strict(),
};

/** An account as the admin's list shows it; the password hash never leaves the backend. */
export interface UserSummary {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  disabled: boolean;
  /** Set by a reset: the user must choose a new password before anything else. */
  mustChangePassword: boolean;
  /** ISO time until which failed attempts keep the account locked; null when not locked. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/** The signed-in user as the screens need it. */
export interface SessionUser {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  capabilities: Capability[];
  mustChangePassword: boolean;
}

/**
 * Where the person at the screen stands; `auth.status` answers it to anyone. `language` is the one to
 * show: the user's own once signed in, before that the one last chosen on this computer.
 */
export type AuthStatus = { language: Language } & (
  | { state: 'setup' }
  | { state: 'signedOut' }
  /** Idle too long: the same person unlocks with the password (or signs out). */
  | { state: 'locked'; user: SessionUser; idleMinutes: number }
  | { state: 'signedIn'; user: SessionUser; idleMinutes: number }
);

/** What a successful sign-in gives the screen: the session token for every later call. */
export interface SignIn {
  session: string;
  status: AuthStatus & { state: 'signedIn' };
}

/** The audit actor of a signed-in user; CLI writes are `cli:<operating-system user>`. */
export const userActor = (loginName: string): string => `user:${loginName}`;
export const actorLogin = (actor: string): string | null =>
  actor.startsWith('user:') ? actor.slice('user:'.length) : null;

export type { Language };
