import { loadReportSettings, saveReportSettings } from '../services/report-settings';
import type { Handlers } from './handler';

export const reportSettingsHandlers = {
  'reports.settings': (_input, { store }) => store.read(loadReportSettings),
  'reports.saveSettings': async (input, { store, actor }) => {
    await store.write(actor, (tx) => saveReportSettings(tx, input));
    return store.read(loadReportSettings);
  },
} satisfies Partial<Handlers>;
