import { Command } from 'commander';
import { hashPassword } from '../../backend/auth/password';
import { password as passwordSchema } from '../../shared/domain/accounts';
import { translate } from '../../shared/i18n';
import { checkInput, toFieldIssues } from '../../shared/validation';
import { CliError } from '../cli-error';
import { cliActor, withDb, withStore, type DbOption } from '../database';

const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * Accounts from the command line: whoever can open the database file can already read it, so this is
 * how an office gets back in when its only administrator has forgotten the password.
 */
export function usersCommand(): Command {
  const users = new Command('users').description('list accounts, or give one a new temporary password');

  withDb(users.command('list'))
    .description('list the accounts: login, role, status, full name')
    .action(async (options: DbOption) => {
      const list = await withStore(options, (store) => store.read((r) => r.users.list()), {
        existing: true,
      });
      for (const u of list)
        console.log([u.login, u.role, u.disabled ? 'disabled' : 'active', u.fullName].join('\t'));
    });

  withDb(users.command('reset-password'))
    .description(
      'set a temporary password read from standard input; the user chooses their own at the next sign-in',
    )
    .argument('<login>', 'the account')
    .action(async (login: string, options: DbOption) => {
      const parsed = checkInput(passwordSchema, await readStdin());
      if (!parsed.success)
        throw new CliError(
          `password: ${toFieldIssues(parsed.error, en)[0]?.message ?? en('errors.required')}`,
        );
      const passwordHash = await hashPassword(parsed.data);
      await withStore(options, (store) =>
        store.write(cliActor(), async (tx) => {
          const user = await tx.users.byLogin(login);
          if (!user) throw new CliError(`no account with the login "${login}"`);
          await tx.apply({ entity: 'user', id: user.id, action: 'user.resetPassword' }, (w) =>
            w.users.setPassword(user.id, { passwordHash, mustChange: true, at: new Date().toISOString() }),
          );
        }),
      );
      console.log(`users: new temporary password set for ${login}; it must be changed at the next sign-in`);
    });
  return users;
}
