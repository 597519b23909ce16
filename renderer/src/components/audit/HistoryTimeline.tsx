import { Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { HistoryEntry } from '../../../../shared/domain/audit-view';
import { actionText, actorText } from '../../../../shared/domain/audit-words';
import { ChangeList } from './ChangeList';
import './audit.css';
import { useAuditWording } from './wording';

interface Props {
  /** In the order to show them. */
  entries: HistoryEntry[];
  /** Name each entry's record too (the Audit screen lists many records' entries together). */
  showEntity?: boolean;
  /** More for one entry, under its changes (the Audit screen's "open in context"). */
  extra?: (entry: HistoryEntry) => ReactNode;
}

/**
 * Audit entries as a timeline: what was done, when, by whom, the reason for a correction, the import
 * that wrote it, and each field before → after. Renders what it is given; it never calls the API.
 */
export function HistoryTimeline({ entries, showEntity = false, extra }: Props) {
  const w = useAuditWording();
  return (
    <Timeline
      items={entries.map((entry) => {
        const action = actionText(entry.action, w);
        const when = w.dateTime(entry.at);
        return {
          key: entry.seq,
          color: entry.reason ? 'orange' : entry.importId !== null ? 'purple' : 'blue',
          content: (
            <article aria-label={`${action}, ${when}`}>
              <Typography.Text strong>{action}</Typography.Text>
              {showEntity && entry.entityLabel && (
                <Typography.Text style={{ marginInlineStart: 8 }}>{entry.entityLabel}</Typography.Text>
              )}
              {entry.importId !== null && (
                <Tag color="purple" style={{ marginInlineStart: 8 }}>
                  {w.t('history.importRun', { id: entry.importId })}
                </Tag>
              )}
              <Typography.Text type="secondary" className="history-meta">
                <time dateTime={entry.at}>{when}</time> · {actorText(entry, w)}
              </Typography.Text>
              {entry.reason && (
                <div className="history-reason">
                  <Typography.Text strong>{w.t('history.reason')}:</Typography.Text> {entry.reason}
                </div>
              )}
              {entry.changes.length ? (
                <ChangeList changes={entry.changes} label={action} />
              ) : (
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                  {w.t('history.noChanges')}
                </Typography.Text>
              )}
              {extra?.(entry)}
            </article>
          ),
        };
      })}
    />
  );
}
