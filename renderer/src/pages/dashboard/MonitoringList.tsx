import { Badge, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  id: string;
  title: string;
  emptyText: string;
  total: number;
  /** The total's colour: red for what is late, calmer for what is coming. */
  color: string;
  /** The register filtered to what this list counts, when the register has such a filter. */
  showAllTo?: string;
  children: ReactNode[];
}

// A dashboard list names the first few; the register shows the rest (where it has a filter for them).
export const MONITORING_SHOWN = 5;

/** One titled list of the monitoring card, with its total, an empty state and "show all". */
export function MonitoringList({ id, title, emptyText, total, color, showAllTo, children }: Props) {
  const { t } = useTranslation();
  const hidden = total - Math.min(children.length, MONITORING_SHOWN);
  return (
    <section aria-labelledby={id} style={{ height: '100%' }}>
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title id={id} level={3} style={{ margin: 0, fontSize: 14 }}>
          {title}
        </Typography.Title>
        <Badge count={total} showZero color={total ? color : '#bfbfbf'} overflowCount={999} />
      </Flex>
      {total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} style={{ margin: '8px 0' }} />
      ) : (
        <>
          <Flex component="ul" vertical gap={6} style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {children.slice(0, MONITORING_SHOWN)}
          </Flex>
          <Flex gap={12} style={{ marginTop: 8 }}>
            {hidden > 0 && !showAllTo && (
              <Typography.Text type="secondary">
                {t('caseMonitoring.dashboard.more', { count: hidden })}
              </Typography.Text>
            )}
            {showAllTo && <Link to={showAllTo}>{t('caseMonitoring.dashboard.showAll')}</Link>}
          </Flex>
        </>
      )}
    </section>
  );
}
