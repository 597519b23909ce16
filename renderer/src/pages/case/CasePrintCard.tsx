import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import { actionText, actorText, partText } from '../../../../shared/domain/audit-words';
import { defendantsTerm } from '../../../../shared/domain/defendants-term';
import { useAuditWording } from '../../components/audit/wording';
import { useApiQuery } from '../../query/use-api';
import { useCan } from '../../state/session';
import { useOffenceLabels } from './CaseDetails';
import { DeadlineText } from './DeadlineStatus';
import { pipelineSteps } from './PipelineSteps';
import { useCaseFormat } from './useCaseFormat';
import './case-print.css';

/** How many of the case's latest History entries the card lists: what fits under the parties on one page. */
const LAST_CHANGES = 5;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The case on one sheet of paper: what it is, its way through the pipeline with dates, its parties with
 * their verdicts and sentences, and its last changes with who made them. Hidden on screen; under print
 * (styles.css) it is all the page shows, so the print dialog's preview is this card.
 */
export function CasePrintCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const { record } = detail;
  const offence = useOffenceLabels(record);
  const dash = '—';

  return (
    <article className="print-only case-print-card" aria-label={t('print.card.label')}>
      <h1>{t('caseView.title', { registryNumber: record.registryNumber })}</h1>
      <dl className="case-print-facts">
        <dt>{t('cases.field.article')}</dt>
        <dd>{offence.article}</dd>
        <dt>{t('cases.field.district')}</dt>
        <dd>{offence.district}</dd>
        <dt>{t('cases.field.registeredOn')}</dt>
        <dd>{format.date(record.registeredOn)}</dd>
        <dt>{t('cases.field.stage')}</dt>
        <dd>{t(`cases.stage.${detail.stage}`)}</dd>
        <dt>{t('caseView.field.deadline')}</dt>
        <dd>
          <DeadlineText detail={detail} />
        </dd>
        <dt>{t('caseView.field.damageKzt')}</dt>
        <dd>{record.damageKzt !== null ? format.money(record.damageKzt) : dash}</dd>
      </dl>

      <Section id="print-pipeline" title={t('caseView.section.pipeline')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cases.field.stage')}</th>
              <th scope="col">{t('print.card.dates')}</th>
            </tr>
          </thead>
          <tbody>
            {pipelineSteps(detail, t, format).map((step) => (
              <tr key={step.title} className={step.status === 'wait' ? 'case-print-pending' : undefined}>
                <th scope="row">{step.title}</th>
                <td>{step.lines.length ? step.lines.join('; ') : dash}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="print-defendants" title={t(`caseView.section.defendants.${defendantsTerm(record)}`)}>
        {record.defendants.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">№</th>
                <th scope="col">{t('caseView.field.fullName')}</th>
                <th scope="col">{t('caseView.field.sexAndBirth')}</th>
                <th scope="col">{t('caseView.field.priorConvictions')}</th>
                <th scope="col">{t('caseView.field.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {record.defendants.map((d, index) => (
                <tr key={index}>
                  <td>{index + 1}</td>
                  <td>
                    {d.fullName?.trim() ? d.fullName : format.defendantName(d, index)}
                    {d.iin && <div className="case-print-note">{t('caseView.iinShort', { iin: d.iin })}</div>}
                  </td>
                  <td>
                    {t(`caseView.sex.${d.sex}`)}, {format.birth(d, record.registeredOn)}
                  </td>
                  <td>{d.priorConvictions ?? dash}</td>
                  <td>
                    {format.verdict(d) ?? t('caseView.verdict.none')}
                    {d.sentence && (
                      <div>
                        {format.sentence(d.sentence)} (
                        {t('caseView.sentenceOn', { date: format.date(d.sentence.on) })})
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('caseView.empty.defendants')}</p>
        )}
      </Section>

      <Section id="print-victims" title={t('caseView.section.victims')}>
        {record.victims.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">№</th>
                <th scope="col">{t('caseView.field.sex')}</th>
                <th scope="col">{t('caseView.field.birth')}</th>
                <th scope="col">{t('caseView.field.employment')}</th>
              </tr>
            </thead>
            <tbody>
              {record.victims.map((v, index) => (
                <tr key={index}>
                  <td>{index + 1}</td>
                  <td>{t(`caseView.sex.${v.sex}`)}</td>
                  <td>{format.birth(v, record.registeredOn)}</td>
                  <td>{v.employment ? t(`caseView.employment.${v.employment}`) : dash}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('caseView.empty.victims')}</p>
        )}
      </Section>

      <LastChanges caseId={detail.id} />
    </article>
  );
}

/**
 * The newest entries of the case's History, read through the same query as its History tab; only for
 * the roles that may read the audit trail (the others have no History to print).
 */
function LastChanges({ caseId }: { caseId: number }) {
  const canRead = useCan('audit.read');
  const history = useApiQuery('audit.caseHistory', { id: caseId }, { enabled: canRead });
  const w = useAuditWording();
  if (!canRead || !history.data?.length) return null;
  const latest = history.data.slice(-LAST_CHANGES).reverse();
  return (
    <Section id="print-changes" title={w.t('print.card.changes')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{w.t('print.card.when')}</th>
            <th scope="col">{w.t('print.card.who')}</th>
            <th scope="col">{w.t('print.card.what')}</th>
          </tr>
        </thead>
        <tbody>
          {latest.map((entry) => {
            // Which victim or defendant the entry is about, when it is about one.
            const part = entry.changes.find((change) => change.part)?.part;
            return (
              <tr key={entry.seq}>
                <td>{w.dateTime(entry.at)}</td>
                <td>{actorText(entry, w)}</td>
                <td>
                  {actionText(entry.action, w)}
                  {part && <div className="case-print-note">{partText(part, w)}</div>}
                  {entry.reason && <div className="case-print-note">{entry.reason}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
