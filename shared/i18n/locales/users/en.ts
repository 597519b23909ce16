/** The administrator's Users screen: the list of accounts and the dialogs that change them. */
const users = {
  title: 'Users',
  new: 'New user',
  you: 'you',
  never: 'never',
  loadError: 'The list of users could not be loaded.',
  notAvailable: 'Only an administrator manages user accounts.',
  column: {
    user: 'User',
    role: 'Role',
    status: 'Status',
    lastLogin: 'Last sign-in',
    created: 'Created',
    actions: 'Actions',
  },
  status: {
    active: 'Active',
    disabled: 'Disabled',
    locked: 'Locked until {{time}}',
    mustChange: 'Must change password',
  },
  roleHint: {
    admin: 'User accounts, settings, reference data; everything else too.',
    supervisor: 'Cases, parties, stages, the monitoring register, import.',
    reporter: 'Reads everything, produces reports, exports case files.',
    auditor: 'Reads everything and the audit trail, exports the trail; changes nothing.',
  },
  prompt: { role: 'Choose a role' },
  field: {
    fullName: 'Full name',
    login: 'Login',
    role: 'Role',
    password: 'Temporary password',
    repeat: 'Repeat the temporary password',
  },
  hint: {
    fullName: 'As it should appear in the audit trail',
    login:
      'Latin letters, digits, dot, hyphen and underscore, 3 to 32 characters; it cannot be changed later',
    password: 'At least 10 characters. Give it to the user in person.',
  },
  cancel: 'Cancel',
  create: {
    title: 'New user',
    intro:
      'The user signs in with this temporary password and then chooses their own password; nobody else learns it.',
    submit: 'Create user',
    done: 'User {{name}} created',
  },
  edit: {
    action: 'Edit',
    title: 'Edit user {{login}}',
    submit: 'Save',
    done: 'Changes to {{name}} saved',
  },
  disable: {
    action: 'Disable',
    title: 'Disable the account?',
    body: '{{name}} ({{login}}) is signed out at once and cannot sign in until the account is enabled again. Their entries in the audit trail stay.',
    submit: 'Disable',
    done: '{{name}} is disabled',
    notYourself: 'You cannot disable your own account',
  },
  enable: {
    action: 'Enable',
    title: 'Enable the account?',
    body: '{{name}} ({{login}}) can sign in again with their current password.',
    submit: 'Enable',
    done: '{{name}} is enabled again',
  },
  reset: {
    action: 'Reset password',
    title: 'Reset the password of {{login}}',
    intro:
      '{{name}} is signed out, and at the next sign-in uses this temporary password and then chooses a new one. A lockout after wrong passwords ends too.',
    submit: 'Reset password',
    done: 'Password of {{name}} reset',
    yourself: 'Change your own password in your account menu',
  },
};

export default users;
