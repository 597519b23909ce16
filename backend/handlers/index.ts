import { appHandlers } from './app';
import { caseHandlers } from './cases';
import type { Handlers } from './handler';
import { referenceHandlers } from './reference';
import { settingsHandlers } from './settings';

export const handlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...referenceHandlers,
  ...caseHandlers,
};
