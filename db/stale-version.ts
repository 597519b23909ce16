/**
 * A write made on a version of a record that is no longer the stored one: someone else wrote it in
 * between. Thrown inside the write's transaction, so nothing of the write (nor its audit entry) is kept.
 */
export class StaleVersion extends Error {
  constructor(
    readonly entity: 'case' | 'person',
    readonly id: number,
    readonly expected: number,
  ) {
    super(`${entity} ${id} is no longer at version ${expected}`);
    this.name = 'StaleVersion';
  }
}
