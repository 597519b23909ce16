import { Command } from 'commander';
import { DomainError } from '../../backend/errors';
import { DEMO_NOT_EMPTY, fillDemo } from '../../backend/services/demo';
import { CliError } from '../cli-error';
import { cliActor, withDb, withStore, type DbOption } from '../database';

export function demoCommand(): Command {
  return withDb(new Command('demo'))
    .description('fill an empty database with a realistic synthetic data set (Astana, 2022 to October 2025)')
    .action(async (options: DbOption) => {
      const summary = await withStore(options, (store) => fillDemo(store, cliActor())).catch(
        (error: unknown) => {
          if (error instanceof DomainError && error.key === DEMO_NOT_EMPTY) {
            throw new CliError('the database already has cases; demo data is only for an empty database');
          }
          throw error;
        },
      );
      console.log(
        `demo: ${summary.created} cases (2022 to October 2025, five districts of Astana), ` +
          `${summary.victims} victims, ${summary.defendants} defendants; ` +
          `monitoring register: ${summary.persons.created} persons`,
      );
    });
}
