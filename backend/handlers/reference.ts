import { DomainError } from '../errors';
import type { Handlers } from './handler';

export const referenceHandlers = {
  'reference.districts': (_input, { store }) => store.read((r) => r.reference.districts()),
  'reference.articles': (_input, { store }) => store.read((r) => r.reference.articles()),
  'reference.list': ({ kind, includeInactive }, { store }) =>
    store.read((r) => r.reference.list(kind, includeInactive ?? false)),
  'reference.save': ({ kind, id, name, labels, active }, { store, actor }) =>
    store.write(actor, async (tx) => {
      if (id === undefined) {
        if ((await tx.reference.ids(kind)).has(name)) {
          throw DomainError.field('conflict', {
            path: 'name',
            key: 'errors.reference.taken',
            params: { name },
          });
        }
        id = await tx.apply({ entity: kind, action: `${kind}.create` }, (w) =>
          w.reference.create(kind, name, labels, active),
        );
      } else {
        const current = await tx.reference.get(kind, id);
        if (!current) throw new DomainError('not_found', 'errors.reference.notFound', { id });
        // The name is what files and statistics refer to: it stays as first recorded.
        if (current.name !== name)
          throw DomainError.field('rule_violation', { path: 'name', key: 'errors.reference.rename' });
        const savedId = id;
        await tx.apply({ entity: kind, id, action: `${kind}.update` }, (w) =>
          w.reference.update(kind, savedId, labels, active),
        );
      }
      const saved = await tx.reference.get(kind, id);
      if (!saved) throw new Error(`${kind} ${id} vanished inside its own transaction`);
      return saved;
    }),
} satisfies Partial<Handlers>;
