import type { WriteTx } from '../../../db/ports';
import type { Sentence } from '../../../shared/domain/case-record';
import type { Language } from '../../../shared/domain/fields';
import type { MonitoredPerson } from '../../../shared/domain/monitoring';
import { sentenceWords } from '../../../shared/domain/sentence-words';
import { formatsFor } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { DomainError } from '../../errors';
import { newPersonRecord } from './register';

/** The sentence as the case page words it, in the user's language, for the conviction's free text. */
const sentenceText = (s: Sentence, language: Language): string =>
  sentenceWords((key, params) => translate(language, key, params), s, formatsFor(language).money);

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
  // Put there from this case before (with no IIN or register number to tell, by name and birth date).
  const fromThisCase = (await tx.monitoring.registeredFrom(caseId)).find((r) => r.defendantIndex === index);
  for (const existing of [
    fromThisCase?.personDbId ?? null,
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
