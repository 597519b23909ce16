import { todayIso } from '../../../shared/dates';
import type { ReportInputs } from './inputs';

/*
 * The review never reads the clock: its "generated" time is the time of the data (the latest audit
 * entry), so the same data and options always give the same bytes.
 */

export const dataMoment = (inputs: ReportInputs): Date | null =>
  inputs.dataAsOf === null ? null : new Date(inputs.dataAsOf);

/** The date printed on the cover: the one set in Settings, or the local date of the data. */
export function issueDateOf(inputs: ReportInputs): string | null {
  const moment = dataMoment(inputs);
  return inputs.issueDate ?? (moment ? todayIso(moment) : null);
}

/** PDF metadata dates must exist (pdfkit derives the file ID from CreationDate): the data's, or 1 Jan 2000. */
export const metadataDate = (inputs: ReportInputs): Date =>
  dataMoment(inputs) ?? new Date(Date.UTC(2000, 0, 1));
