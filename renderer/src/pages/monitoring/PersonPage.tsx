import { App, Flex } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CaseMatch, PersonDetail } from '../../../../shared/domain/monitoring-api';
import { api } from '../../api';
import { RecordHistoryTabs } from '../../components/audit/RecordHistoryTabs';
import { recordStatus } from '../../components/RecordStatus';
import { usePageDialog } from '../../components/usePageDialog';
import { useAsOpened } from '../../query/useAsOpened';
import { ConvictionForm } from './ConvictionForm';
import { ConvictionsSection } from './ConvictionsSection';
import { DecisionForm, type Decision } from './DecisionForm';
import { EventForm } from './EventForm';
import { PeriodForm } from './PeriodForm';
import { PeriodsSection } from './PeriodsSection';
import { PersonForm } from './PersonForm';
import { PersonHeader } from './PersonHeader';
import { RejectedMatches } from './RejectedMatches';
import { RemoveConvictionForm } from './RemoveConvictionForm';
import { RemoveEventForm } from './RemoveEventForm';
import { RemovePeriodForm } from './RemovePeriodForm';
import { ReoffendingAlerts } from './ReoffendingAlerts';
import { useDistricts } from './useDistricts';
import { usePersonDetail } from './usePersonDetail';
import type { PersonSend } from './usePersonForm';

/** Which form is open, and for what. */
type Target =
  | { kind: 'identity' | 'conviction' }
  | { kind: 'removeConviction'; index: number }
  | { kind: 'period'; index: number | null }
  | { kind: 'removePeriod'; index: number }
  | { kind: 'removeEvent'; period: number; event: number }
  | { kind: 'event' | 'checkIn'; period: number }
  | { kind: 'decision'; match: CaseMatch; decision: 'rejected' | null };

const personId = (param: string | undefined) => (param && /^\d+$/.test(param) ? Number(param) : null);

/** `#/monitoring/:id`: one person of the register, any re-offending first, and every action on them. */
export function PersonPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = personId(useParams().id);
  const { detail, error, loading, replace } = usePersonDetail(id);
  const districts = useDistricts();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const dialogs = usePageDialog<Target>(heading);
  const formDetail = useAsOpened(detail, dialogs.dialog?.seq);

  const status = recordStatus({
    badId: id === null,
    error,
    loading: loading || !detail,
    notFound: t('errors.monitoring.notFound'),
    back: { label: t('monitoring.person.back'), onClick: () => void navigate('/monitoring') },
    loadingText: t('monitoring.person.loading'),
  });
  if (status || !detail) return status;

  const onSaved = (next: PersonDetail) => {
    replace(next);
    void message.success(t('monitoring.saved'));
  };
  /** An action with nothing to fill in: sent at once, its outcome told in a message. */
  const runNow = async (send: PersonSend, done: string) => {
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (result.ok) {
      replace(result.value);
      void message.success(done);
    } else void message.error(result.error.message);
  };

  const formProps = {
    open: dialogs.open,
    detail: formDetail ?? detail,
    onSaved,
    onClose: dialogs.onClose,
    afterClose: dialogs.afterClose,
  };
  const { dialog, show } = dialogs;

  const decide = (match: CaseMatch, decision: Decision) => {
    if (decision === 'confirmed') {
      void runNow(
        () =>
          api.monitoring.decideLink({
            id: detail.id,
            version: detail.version,
            caseId: match.caseId,
            decision,
          }),
        t('monitoring.match.confirmed', { registryNumber: match.registryNumber }),
      );
    } else show({ kind: 'decision', match, decision });
  };

  return (
    <Flex vertical gap={16}>
      <PersonHeader
        detail={detail}
        districtLabel={districts.label}
        onEdit={() => show({ kind: 'identity' })}
        headingRef={heading}
      />
      <ReoffendingAlerts matches={detail.matches} sex={detail.record.sex} busy={busy} onDecide={decide} />
      <RecordHistoryTabs record="person" id={detail.id}>
        <PeriodsSection
          detail={detail}
          busy={busy}
          onAdd={() => show({ kind: 'period', index: null })}
          onCheckIn={(period) => show({ kind: 'checkIn', period })}
          onEvent={(period) => show({ kind: 'event', period })}
          onEdit={(index) => show({ kind: 'period', index })}
          onRemove={(index) => show({ kind: 'removePeriod', index })}
          onRemoveEvent={(period, event) => show({ kind: 'removeEvent', period, event })}
        />
        <ConvictionsSection
          convictions={detail.record.convictions}
          onAdd={() => show({ kind: 'conviction' })}
          onRemove={(index) => show({ kind: 'removeConviction', index })}
        />
        <RejectedMatches matches={detail.matches} sex={detail.record.sex} busy={busy} onDecide={decide} />
      </RecordHistoryTabs>

      {dialog?.kind === 'identity' && (
        <PersonForm key={dialog.seq} {...formProps} person={formProps.detail} />
      )}
      {dialog?.kind === 'conviction' && <ConvictionForm key={dialog.seq} {...formProps} />}
      {dialog?.kind === 'removeConviction' && (
        <RemoveConvictionForm key={dialog.seq} {...formProps} index={dialog.index} />
      )}
      {dialog?.kind === 'period' && <PeriodForm key={dialog.seq} {...formProps} index={dialog.index} />}
      {dialog?.kind === 'removePeriod' && (
        <RemovePeriodForm key={dialog.seq} {...formProps} index={dialog.index} />
      )}
      {dialog?.kind === 'removeEvent' && (
        <RemoveEventForm key={dialog.seq} {...formProps} period={dialog.period} event={dialog.event} />
      )}
      {dialog?.kind === 'event' && <EventForm key={dialog.seq} {...formProps} period={dialog.period} />}
      {dialog?.kind === 'checkIn' && (
        <EventForm
          key={dialog.seq}
          {...formProps}
          onSaved={(next) => {
            replace(next);
            void message.success(t('monitoring.period.checkedIn'));
          }}
          period={dialog.period}
          checkIn
        />
      )}
      {dialog?.kind === 'decision' && (
        <DecisionForm key={dialog.seq} {...formProps} match={dialog.match} decision={dialog.decision} />
      )}
    </Flex>
  );
}
