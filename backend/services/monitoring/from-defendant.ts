import type { WriteTx } from '../../../db/ports';
import type { Sentence } from '../../../shared/domain/case-record';
import type { Language } from '../../../shared/domain/fields';
import type { MonitoredPerson } from '../../../shared/domain/monitoring';
import { formatsFor } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { DomainError } from '../../errors';
import { newPersonRecord } from './register';

/** The sentence as a clerk writes it in the conviction's free text, in the user's language. */
function sentenceText(s: Sentence, language: Language): string {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, key, params);
  const type = t(`caseView.sentenceType.${s.type}`);
  if (s.type === 'fine')
    return s.fineKzt === null ? type : `${type} ${formatsFor(language).money(s.fineKzt)}`;
  const term = [
    s.years !== null ? t('caseView.term.years', { count: s.years }) : null,
    s.months !== null ? t('caseView.term.months', { count: s.months }) : null,
  ].filter((part) => part !== null);
  return term.length ? `${type}, ${term.join(' ')}` : type;
}

/**
 * A register entry from a convicted defendant: identity from the defendant, and the conviction of this
 * case (so this case is never reported as the person's re-offence). Only a convicted defendant with a
 * name and birth date can be registered; someone already on the register is named, not duplicated.
 */
export async function personFromDefendant(
  tx: WriteTx,
  caseId: number,
  index: number,
  language: Language,
): Promise<MonitoredPerson> {
  const record = await tx.cases.record(caseId);
  if (!record) throw new DomainError('not_found', 'errors.case.notFound', { id: caseId });
  const d = record.defendants[index];
  if (!d) throw new DomainError('not_found', 'errors.monitoring.noDefendant', { index });
  if (d.convictedOn === null)
    throw new DomainError('rule_violation', 'errors.monitoring.defendantNotConvicted');
  if (!d.fullName?.trim() || d.birthDate === null)
    throw new DomainError('rule_violation', 'errors.monitoring.defendantIncomplete');
  for (const existing of [
    d.iin ? await tx.monitoring.idByIin(d.iin) : null,
    d.personId ? await tx.monitoring.idByKey(d.personId) : null,
  ]) {
    if (existing !== null) {
      const other = await tx.monitoring.record(existing);
      throw new DomainError('conflict', 'errors.monitoring.alreadyRegistered', {
        personId: other?.personId ?? '',
        id: existing,
      });
    }
  }
  const person = await newPersonRecord(tx, {
    ...(d.personId ? { personId: d.personId } : {}),
    iin: d.iin ?? null,
    fullName: d.fullName,
    birthDate: d.birthDate,
    sex: d.sex,
    district: record.district,
  });
  return {
    ...person,
    convictions: [
      {
        article: record.article,
        part: record.part,
        courtDate: d.convictedOn,
        sentence: d.sentence ? sentenceText(d.sentence, language) : null,
        releasedOn: null,
        registryNumber: record.registryNumber,
      },
    ],
  };
}
