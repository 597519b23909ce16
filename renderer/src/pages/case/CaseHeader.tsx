import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { PrintButton } from '../../components/PrintButton';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { useCan } from '../../state/session';
import { StageTag } from '../cases/StageTag';
import { DeadlineTag } from './DeadlineStatus';

export type CaseAction = 'edit' | 'forward' | 'close' | 'reopen';

interface Props {
  detail: CaseDetail;
  onAction: (action: CaseAction) => void;
  /** The page heading, focusable from script: where focus goes when the control that had it is gone. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Back to the list, the case's number, stage and deadline, and the actions its stage allows (to a role
 * that works on cases; others see that the page is for viewing).
 */
export function CaseHeader({ detail, onAction, headingRef }: Props) {
  const { t } = useTranslation();
  const { record } = detail;
  const closed = record.closedOn !== null;
  const forwarded = record.forwardedToCourtOn !== null;
  const canWrite = useCan('cases.write');

  return (
    <header>
      <Link to="/cases" className="no-print" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('caseView.back')}
      </Link>
      <Flex align="start" justify="space-between" gap={16} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Title
            level={1}
            ref={headingRef}
            tabIndex={-1}
            style={{ margin: 0, fontSize: 24, overflowWrap: 'anywhere', outline: 'none' }}
          >
            {t('caseView.title', { registryNumber: record.registryNumber })}
          </Typography.Title>
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <StageTag stage={detail.stage} />
            <DeadlineTag detail={detail} />
          </Flex>
        </div>
        {canWrite ? (
          <Flex gap={8} wrap role="group" aria-label={t('caseView.section.actions')}>
            <PrintButton />
            <Button onClick={() => onAction('edit')}>{t('caseView.action.edit')}</Button>
            {closed ? (
              <>
                <Button onClick={() => onAction('close')}>{t('caseView.action.correctClose')}</Button>
                <Button type="primary" onClick={() => onAction('reopen')}>
                  {t('caseView.action.reopen')}
                </Button>
              </>
            ) : forwarded ? (
              <Button onClick={() => onAction('forward')}>{t('caseView.action.correctForward')}</Button>
            ) : (
              <>
                <Button onClick={() => onAction('close')}>{t('caseView.action.close')}</Button>
                <Button type="primary" onClick={() => onAction('forward')}>
                  {t('caseView.action.forward')}
                </Button>
              </>
            )}
          </Flex>
        ) : (
          <Flex gap={8} align="center">
            <PrintButton />
            <ViewOnlyTag />
          </Flex>
        )}
      </Flex>
    </header>
  );
}
