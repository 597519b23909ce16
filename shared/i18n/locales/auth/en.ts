/** Signing in, the first start, the lock screen, one's own account, and the names of the roles. */
const auth = {
  language: 'Interface language',
  role: {
    admin: 'Administrator',
    supervisor: 'Supervisor',
    reporter: 'Reporter',
    auditor: 'Auditor',
  },
  field: {
    fullName: 'Full name',
    login: 'Login',
    password: 'Password',
    repeat: 'Repeat the password',
    current: 'Current password',
    next: 'New password',
    repeatNext: 'Repeat the new password',
  },
  hint: {
    login: 'Latin letters, digits, dot, hyphen, underscore; 3 to 32 characters',
    password: 'At least 10 characters',
  },
  error: {
    mismatch: 'the passwords do not match',
  },
  setup: {
    title: 'Create the administrator',
    intro:
      'Nadzor is starting for the first time. Create the administrator’s account: the administrator then creates the accounts of the other staff.',
    submit: 'Create and sign in',
  },
  signIn: {
    title: 'Sign in',
    submit: 'Sign in',
  },
  lock: {
    title: 'Nadzor is locked',
    intro: 'Enter your password to continue.',
    submit: 'Unlock',
    signOut: 'Sign out',
  },
  changePassword: {
    title: 'Choose a new password',
    intro: 'Your password was set by the administrator. Choose your own before you continue.',
    submit: 'Save the password',
    dialogTitle: 'Change password',
    save: 'Change password',
    cancel: 'Cancel',
    saved: 'Password changed',
    signOut: 'Sign out',
  },
  account: {
    label: 'Account: {{name}}, {{role}}',
    changePassword: 'Change password',
    lock: 'Lock now',
    signOut: 'Sign out',
  },
  idle: {
    title: 'Idle lock',
    hint: 'Nadzor locks itself after this many minutes without keyboard or mouse input; the user’s password unlocks it.',
    minutes: 'Minutes without input',
    save: 'Apply',
    saved_one: 'Nadzor will lock after {{count, number}} minute without input',
    saved_other: 'Nadzor will lock after {{count, number}} minutes without input',
  },
};

export default auth;
