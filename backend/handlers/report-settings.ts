import { loadReportSettings, saveReportSettings } from '../services/report-settings';
import { loadSubjects, saveSubjects } from '../services/review-subjects';
import type { Handlers } from './handler';

export const reportSettingsHandlers = {
  'reports.settings': (_input, { store }) => store.read(loadReportSettings),
  'reports.saveSettings': async (input, { store, actor }) => {
    await store.write(actor, (tx) => saveReportSettings(tx, input));
    return store.read(loadReportSettings);
  },
  'reports.subjects': (_input, { store }) => store.read(loadSubjects),
  'reports.saveSubjects': async (input, { store, actor }) => {
    await store.write(actor, (tx) => saveSubjects(tx, input));
    return store.read(loadSubjects);
  },
} satisfies Partial<Handlers>;
