import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Flex, Row } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import { addDefendantWord, defendantsTerm } from '../../../../shared/domain/defendants-term';
import { SectionCard } from '../../components/case/SectionCard';
import { ForRole } from '../../components/ForRole';
import { RecordHistoryTabs } from '../../components/audit/RecordHistoryTabs';
import { recordStatus } from '../../components/RecordStatus';
import { usePageDialog } from '../../components/usePageDialog';
import { useAsOpened } from '../../query/useAsOpened';
import { CaseDetails } from './CaseDetails';
import { CaseHeader, type CaseAction } from './CaseHeader';
import { CasePrintCard } from './CasePrintCard';
import { CaseTimeline } from './CaseTimeline';
import { DefendantsTable } from './DefendantsTable';
import { MonitoringFlag } from './MonitoringFlag';
import { CloseForm } from './forms/CloseForm';
import { DefendantForm } from './forms/DefendantForm';
import { EditDetailsForm } from './forms/EditDetailsForm';
import { ForwardForm } from './forms/ForwardForm';
import { RemovePartyForm } from './forms/RemovePartyForm';
import { ReopenForm } from './forms/ReopenForm';
import { SentenceForm } from './forms/SentenceForm';
import { VerdictForm } from './forms/VerdictForm';
import { VictimForm } from './forms/VictimForm';
import { PipelineSteps } from './PipelineSteps';
import { useCaseChange } from './useCaseChange';
import { useCaseDetail } from './useCaseDetail';
import { useCaseReference } from './useCaseReference';
import { VictimsTable } from './VictimsTable';

/** Which form is open, and for which party. */
type Target =
  | { kind: CaseAction }
  | { kind: 'victim' | 'defendant'; index: number | null }
  | { kind: 'removeVictim' | 'removeDefendant' | 'verdict' | 'sentence'; index: number };

const caseId = (param: string | undefined) => (param && /^\d+$/.test(param) ? Number(param) : null);

/** `#/cases/:id`: one case with its pipeline, timeline and parties, and every action on it. */
export function CasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = caseId(useParams().id);
  const { detail, error, loading, replace } = useCaseDetail(id);
  const reference = useCaseReference();
  const heading = useRef<HTMLHeadingElement>(null);
  const dialogs = usePageDialog<Target>(heading);
  const formDetail = useAsOpened(detail, dialogs.dialog?.seq);

  const onSaved = (next: CaseDetail) => {
    replace(next);
    void message.success(t('caseView.saved'));
  };
  const { run, dialog: reasonDialog } = useCaseChange(detail, onSaved);

  const status = recordStatus({
    badId: id === null,
    error,
    loading: loading || !detail,
    notFound: t('errors.case.notFound'),
    back: { label: t('caseView.back'), onClick: () => void navigate('/cases') },
    loadingText: t('caseView.loading'),
  });
  if (status || !detail) return status;

  const formProps = {
    open: dialogs.open,
    detail: formDetail ?? detail,
    run,
    onClose: dialogs.onClose,
    afterClose: dialogs.afterClose,
  };
  const { dialog, show } = dialogs;
  const { record } = detail;
  const inCourt = record.forwardedToCourtOn !== null && record.closedOn === null;

  return (
    <>
      <CasePrintCard detail={detail} />
      <Flex vertical gap={16} className="screen-only">
        <CaseHeader detail={detail} onAction={(kind) => show({ kind })} headingRef={heading} />
        <MonitoringFlag detail={detail} onChanged={replace} />
        <RecordHistoryTabs record="case" id={detail.id}>
          <SectionCard title={t('caseView.section.pipeline')}>
            <PipelineSteps detail={detail} />
          </SectionCard>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <SectionCard title={t('caseView.section.details')} style={{ height: '100%' }}>
                <CaseDetails detail={detail} reference={reference} />
              </SectionCard>
            </Col>
            <Col xs={24} xl={9}>
              <SectionCard title={t('caseView.section.timeline')} style={{ height: '100%' }}>
                <CaseTimeline detail={detail} />
              </SectionCard>
            </Col>
          </Row>
          <SectionCard
            title={t(`caseView.section.defendants.${defendantsTerm(detail.record)}`)}
            extra={
              <ForRole capability="cases.write">
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => show({ kind: 'defendant', index: null })}
                >
                  {t(`caseView.action.${addDefendantWord(detail.record)}`)}
                </Button>
              </ForRole>
            }
          >
            <DefendantsTable
              caseId={detail.id}
              record={record}
              matches={detail.monitoring}
              registered={detail.registered}
              inCourt={inCourt}
              onEdit={(index) => show({ kind: 'defendant', index })}
              onRemove={(index) => show({ kind: 'removeDefendant', index })}
              onVerdict={(index) => show({ kind: 'verdict', index })}
              onSentence={(index) => show({ kind: 'sentence', index })}
            />
          </SectionCard>
          <SectionCard
            title={t('caseView.section.victims')}
            extra={
              <ForRole capability="cases.write">
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => show({ kind: 'victim', index: null })}
                >
                  {t('caseView.action.addVictim')}
                </Button>
              </ForRole>
            }
          >
            <VictimsTable
              record={record}
              onEdit={(index) => show({ kind: 'victim', index })}
              onRemove={(index) => show({ kind: 'removeVictim', index })}
            />
          </SectionCard>
        </RecordHistoryTabs>

        {dialog?.kind === 'edit' && <EditDetailsForm key={dialog.seq} {...formProps} reference={reference} />}
        {dialog?.kind === 'forward' && <ForwardForm key={dialog.seq} {...formProps} />}
        {dialog?.kind === 'close' && <CloseForm key={dialog.seq} {...formProps} />}
        {dialog?.kind === 'reopen' && <ReopenForm key={dialog.seq} {...formProps} />}
        {dialog?.kind === 'victim' && <VictimForm key={dialog.seq} {...formProps} index={dialog.index} />}
        {dialog?.kind === 'defendant' && (
          <DefendantForm key={dialog.seq} {...formProps} index={dialog.index} />
        )}
        {dialog?.kind === 'verdict' && <VerdictForm key={dialog.seq} {...formProps} index={dialog.index} />}
        {dialog?.kind === 'sentence' && <SentenceForm key={dialog.seq} {...formProps} index={dialog.index} />}
        {dialog?.kind === 'removeVictim' && (
          <RemovePartyForm key={dialog.seq} {...formProps} party="victim" index={dialog.index} />
        )}
        {dialog?.kind === 'removeDefendant' && (
          <RemovePartyForm key={dialog.seq} {...formProps} party="defendant" index={dialog.index} />
        )}
        {reasonDialog}
      </Flex>
    </>
  );
}
