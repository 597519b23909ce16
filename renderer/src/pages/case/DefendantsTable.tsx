import { Button, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseRecord, Defendant } from '../../../../shared/domain/case-record';
import type { CaseMatch, RegisteredDefendant } from '../../../../shared/domain/monitoring-api';
import { VisuallyHidden } from '../../components/case/VisuallyHidden';
import { personPath } from '../../components/monitoring-links';
import { useCan } from '../../state/session';
import { useCaseFormat } from './useCaseFormat';
import { registerState, standingMatches } from './match-words';
import { PartyActions } from './PartyActions';
import { RegisterDefendantButton } from './RegisterDefendantButton';

interface Row {
  index: number;
  defendant: Defendant;
}

interface Props {
  caseId: number;
  record: CaseRecord;
  /** Monitored persons matched to defendants: a matched defendant is tagged. */
  matches: CaseMatch[];
  /** Defendants on the register from this case: their entry is linked, and not offered again. */
  registered: RegisteredDefendant[];
  /** Verdicts can be recorded once the case is in court (forwarded and not closed). */
  inCourt: boolean;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
  onVerdict: (index: number) => void;
  onSentence: (index: number) => void;
}

/** The defendants with their verdicts and sentences, and the buttons to record them (for roles that may). */
export function DefendantsTable({
  caseId,
  record,
  matches,
  registered,
  inCourt,
  onEdit,
  onRemove,
  onVerdict,
  onSentence,
}: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const canWrite = useCan('cases.write');
  const canRegister = useCan('monitoring.write');
  // A role with nothing to do on any row gets no (empty) column of actions.
  const stateOf = (d: Defendant, index: number) => registerState(d, index, matches, registered);
  const hasActions =
    canWrite || (canRegister && record.defendants.some((d, i) => stateOf(d, i).kind === 'offer'));

  const verdict = (d: Defendant) => {
    const text = format.verdict(d);
    if (text) return <strong>{text}</strong>;
    return <Typography.Text type="secondary">{t('caseView.verdict.none')}</Typography.Text>;
  };

  const secondary = (text: string) => (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  const registerTag = (d: Defendant, index: number) => {
    const state = stateOf(d, index);
    if (state.kind === 'registered')
      return (
        <div style={{ marginTop: 4 }}>
          <Tag color="blue" style={{ margin: 0 }}>
            <Link to={personPath(state.entry.personDbId)}>
              {t('caseMonitoring.tag.registered', { personId: state.entry.personId })}
            </Link>
          </Tag>
        </div>
      );
    const status = standingMatches(matches, index);
    if (!status) return null;
    return (
      <div style={{ marginTop: 4 }}>
        <Tag color={status === 'confirmed' ? 'red' : 'orange'} style={{ margin: 0 }}>
          {t(`caseMonitoring.tag.${status}`)}
        </Tag>
      </div>
    );
  };

  const columns: TableProps<Row>['columns'] = [
    { title: '№', key: 'number', width: 48, render: (_, { index }) => index + 1 },
    {
      title: t('caseView.field.fullName'),
      key: 'name',
      render: (_, { defendant: d, index }) => (
        <>
          <Typography.Text strong>
            {d.fullName?.trim() ? d.fullName : format.defendantName(d, index)}
          </Typography.Text>
          {d.iin && secondary(t('caseView.iinShort', { iin: d.iin }))}
          {d.personId && secondary(t('caseView.personIdShort', { id: d.personId }))}
          {registerTag(d, index)}
        </>
      ),
    },
    {
      title: t('caseView.field.sexAndBirth'),
      key: 'birth',
      render: (_, { defendant: d }) => (
        <>
          {t(`caseView.sex.${d.sex}`)}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {format.birth(d, record.registeredOn)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('caseView.field.employment'),
      key: 'employment',
      render: (_, { defendant: d }) => (d.employment ? t(`caseView.employment.${d.employment}`) : '—'),
    },
    {
      title: t('caseView.field.priorConvictions'),
      key: 'prior',
      width: 100,
      align: 'center',
      render: (_, { defendant: d }) => d.priorConvictions ?? '—',
    },
    {
      title: t('caseView.field.outcome'),
      key: 'outcome',
      render: (_, { defendant: d }) => (
        <>
          {verdict(d)}
          {d.sentence && (
            <>
              <span style={{ display: 'block' }}>{format.sentence(d.sentence)}</span>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('caseView.sentenceOn', { date: format.date(d.sentence.on) })}
              </Typography.Text>
            </>
          )}
        </>
      ),
    },
    {
      title: <VisuallyHidden>{t('caseView.field.actions')}</VisuallyHidden>,
      key: 'actions',
      width: 236,
      align: 'right',
      render: (_, { defendant: d, index }) => (
        <PartyActions
          name={format.defendantName(d, index)}
          onEdit={() => onEdit(index)}
          onRemove={() => onRemove(index)}
        >
          {canWrite && inCourt && (
            <Button size="small" onClick={() => onVerdict(index)}>
              {t('caseView.action.verdict')}
            </Button>
          )}
          {canWrite && inCourt && d.convictedOn && (
            <Button size="small" onClick={() => onSentence(index)}>
              {t('caseView.action.sentence')}
            </Button>
          )}
          {stateOf(d, index).kind === 'offer' && (
            <RegisterDefendantButton caseId={caseId} index={index} name={format.defendantName(d, index)} />
          )}
        </PartyActions>
      ),
    },
  ];

  return (
    <Table<Row>
      rowKey="index"
      size="small"
      pagination={false}
      columns={hasActions ? columns : columns.filter((c) => c.key !== 'actions')}
      dataSource={record.defendants.map((defendant, index) => ({ index, defendant }))}
      locale={{ emptyText: t('caseView.empty.defendants') }}
    />
  );
}
