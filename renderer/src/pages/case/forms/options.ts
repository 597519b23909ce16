import type { TFunction } from 'i18next';
import { employments, sentenceTypes, sexes } from '../../../../../shared/domain/case-record';

/** Select options for the case's fixed value lists, in the UI language. */
export const sexOptions = (t: TFunction) =>
  sexes.map((value) => ({ value, label: t(`caseView.sex.${value}`) }));

export const employmentOptions = (t: TFunction) =>
  employments.map((value) => ({ value, label: t(`caseView.employment.${value}`) }));

export const sentenceTypeOptions = (t: TFunction) =>
  sentenceTypes.map((value) => ({ value, label: t(`caseView.sentenceType.${value}`) }));
