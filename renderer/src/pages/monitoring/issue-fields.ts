import type { FieldOf } from '../case/issues';

/**
 * Which field of a form an issue's path concerns: `person.iin` (the input's shape), `iin` (the person's
 * rules) and `periods[0].events[2].on` (a rule on the stored record) all name their last part.
 */
export function fieldsAt<F extends string>(fields: readonly F[], ...prefixes: string[]): FieldOf<F> {
  const pattern = new RegExp(`^(?:(?:${prefixes.join('|')})\\.)?([A-Za-z]+)$`);
  return (path) => {
    const name = pattern.exec(path)?.[1];
    return fields.find((field) => field === name);
  };
}
