import type { Handlers } from './handler';

export const appHandlers = {
  'app.info': (_input, ctx) =>
    Promise.resolve({
      version: ctx.version,
      schemaVersion: ctx.store.schemaVersion,
      databasePath: ctx.store.path,
      transport: ctx.transport,
    }),
} satisfies Partial<Handlers>;
