import { Flex, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../state/session';
import { HistoryPanel, type HistoryRecord } from './HistoryPanel';

interface Props {
  record: HistoryRecord;
  id: number;
  /** The record itself, as the page shows it. */
  children: ReactNode;
}

const TAB = 'tab';

/**
 * A record page with its History beside it, for the roles that read the audit trail; everyone else
 * sees the record alone. The open tab is in the URL (`?tab=history`), so a link can open the History.
 */
export function RecordHistoryTabs({ record, id, children }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canRead = useCan('audit.read');
  // The record's own sections keep the page's spacing inside the tab as without it.
  const content = (
    <Flex vertical gap={16}>
      {children}
    </Flex>
  );
  if (!canRead) return content;
  const active = params.get(TAB) === 'history' ? 'history' : 'record';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) =>
        setParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (key === 'history') next.set(TAB, 'history');
            else next.delete(TAB);
            return next;
          },
          { replace: true },
        )
      }
      items={[
        { key: 'record', label: t(`history.recordTab.${record}`), children: content },
        // Made only while open, so the History is read afresh each time it is opened.
        {
          key: 'history',
          label: t('history.tab'),
          children: active === 'history' ? <HistoryPanel record={record} id={id} /> : null,
        },
      ]}
    />
  );
}
