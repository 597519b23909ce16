import { entityTypes, type EntityType } from './audit/entities';

/**
 * What a committed write announces to whoever shows data: which entity changed and the audit entry
 * that records it. Never any of the entity's data, so an announcement reveals nothing personal.
 */
export interface ChangeEvent {
  entity: EntityType;
  id: string;
  seq: number;
}

export type ChangeListener = (event: ChangeEvent) => void;

/** The PostgreSQL channel every write notifies, in the same transaction as its audit entry. */
export const CHANGES_CHANNEL = 'nadzor_changes';

/** Parses an announcement's payload; anything not of this shape is ignored, not trusted. */
export function parseChangeEvent(payload: string | undefined): ChangeEvent | null {
  try {
    const value = JSON.parse(payload ?? '') as Partial<ChangeEvent>;
    const { entity, id, seq } = value;
    if (!entity || !entityTypes.includes(entity) || typeof id !== 'string' || typeof seq !== 'number')
      return null;
    return { entity, id, seq };
  } catch {
    return null;
  }
}

/** The listeners of one store. */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }

  emit(event: ChangeEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
