import type { Handlers } from './handler';

export const referenceHandlers = {
  'reference.districts': (_input, { store }) => store.read((r) => r.reference.districts()),
  'reference.articles': (_input, { store }) => store.read((r) => r.reference.articles()),
} satisfies Partial<Handlers>;
