import { ClockCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Steps, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import { VisuallyHidden } from '../../components/case/VisuallyHidden';
import type { CaseFormat } from './format';
import { useCaseFormat } from './useCaseFormat';

type Status = 'wait' | 'process' | 'finish' | 'error';

interface Step {
  title: string;
  status: Status;
  lines: string[];
  icon?: ReactNode;
}

/** Distinct dates, oldest first, as the UI writes them. */
const dates = (values: (string | null | undefined)[], format: CaseFormat) =>
  [...new Set(values.filter((v): v is string => Boolean(v)))].sort().map(format.date);

/** registered → forwarded to court → verdict → sentenced, each with its date(s); or registered → closed. */
export function pipelineSteps(detail: CaseDetail, t: TFunction, format: CaseFormat): Step[] {
  const { record, stage, deadline } = detail;
  const registered: Step = {
    title: t('cases.stage.registered'),
    status: 'finish',
    lines: [format.date(record.registeredOn)],
  };
  if (record.closedOn) {
    return [
      registered,
      {
        title: t('cases.stage.closed'),
        status: 'finish',
        icon: <StopOutlined aria-hidden />,
        lines: [
          format.date(record.closedOn),
          ...(record.closedReason ? [t(`caseView.closedReason.${record.closedReason}`)] : []),
        ],
      },
    ];
  }

  const forwarded = record.forwardedToCourtOn;
  // Not forwarded by the investigation's deadline: the step the supervisor must act on, in red.
  const late = !forwarded && deadline.status === 'overdue';
  const defendants = record.defendants;
  const decided = defendants.filter((d) => d.convictedOn || d.acquittedOn);
  const convicted = defendants.filter((d) => d.convictedOn);
  const sentenced = convicted.filter((d) => d.sentence);
  const allDecided = defendants.length > 0 && decided.length === defendants.length;

  const verdictLines = (): string[] => {
    if (!forwarded) return [];
    if (defendants.length === 0) return [t('caseView.steps.noDefendants')];
    const when = dates(
      decided.map((d) => d.convictedOn ?? d.acquittedOn),
      format,
    );
    return allDecided
      ? when
      : [...when, t('caseView.steps.partial', { done: decided.length, total: defendants.length })];
  };
  const sentenceLines = (): string[] => {
    if (!allDecided) return [];
    if (convicted.length === 0) return [t('caseView.steps.allAcquitted')];
    const when = dates(
      sentenced.map((d) => d.sentence?.on),
      format,
    );
    return sentenced.length === convicted.length
      ? when
      : [...when, t('caseView.steps.partial', { done: sentenced.length, total: convicted.length })];
  };

  return [
    registered,
    {
      title: t('cases.stage.forwarded'),
      status: forwarded ? 'finish' : late ? 'error' : 'process',
      // A clock, not the cross of a failed step: the case goes on, its term has run out.
      ...(late ? { icon: <ClockCircleOutlined aria-hidden /> } : {}),
      lines: forwarded
        ? [format.date(forwarded)]
        : [
            t(late ? 'caseView.deadline.tag.overdue' : 'caseView.steps.deadline', {
              date: format.date(deadline.date),
            }),
          ],
    },
    {
      title: t('cases.stage.verdict'),
      status: stage === 'verdict' || stage === 'sentenced' ? 'finish' : forwarded ? 'process' : 'wait',
      lines: verdictLines(),
    },
    {
      title: t('cases.stage.sentenced'),
      status:
        stage === 'sentenced' ? 'finish' : stage === 'verdict' && convicted.length > 0 ? 'process' : 'wait',
      lines: sentenceLines(),
    },
  ];
}

/** The case's way through the pipeline, with the date each step was reached. */
export function PipelineSteps({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const steps = pipelineSteps(detail, t, format);
  // The step the case is at: the one in progress (or overdue), else the last one reached.
  const inProgress = steps.findIndex((step) => step.status === 'process' || step.status === 'error');
  const current = inProgress >= 0 ? inProgress : steps.map((step) => step.status).lastIndexOf('finish');
  return (
    <Steps
      current={current}
      titlePlacement="vertical"
      items={steps.map((step) => ({
        status: step.status,
        icon: step.icon,
        title: (
          <>
            {step.title}
            <VisuallyHidden>{` — ${t(`caseView.steps.status.${step.status}`)}`}</VisuallyHidden>
          </>
        ),
        content: step.lines.length ? (
          <Typography.Text type="secondary">
            {step.lines.map((line) => (
              <span key={line} style={{ display: 'block' }}>
                {line}
              </span>
            ))}
          </Typography.Text>
        ) : undefined,
      }))}
    />
  );
}
