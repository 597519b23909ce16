import { Tag } from 'antd';
import type { ChangePart, FieldChange } from '../../../../shared/domain/audit-view';
import { partStatusText, partText, valuesText } from '../../../../shared/domain/audit-words';
import './audit.css';
import { useAuditWording, type AuditWording } from './wording';

/** Values longer than this are shown one under the other rather than side by side. */
const LONG = 60;

interface Group {
  part: ChangePart | undefined;
  changes: FieldChange[];
}

/** Consecutive changes of one part (a victim, a period's event…) are told under one heading. */
function grouped(changes: FieldChange[]): Group[] {
  const groups: Group[] = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (change.part && last?.part && JSON.stringify(last.part) === JSON.stringify(change.part))
      last.changes.push(change);
    else groups.push({ part: change.part, changes: [change] });
  }
  return groups;
}

function FieldLine({ change, w }: { change: FieldChange; w: AuditWording }) {
  const label = w.t(change.field);
  if (change.before.length === 0 && change.after.length === 0) return <span>{label}</span>;
  if (change.change !== 'changed') {
    const values = change.change === 'added' ? change.after : change.before;
    return (
      <span>
        {label}: <span className="history-value">{valuesText(values, w)}</span>
      </span>
    );
  }
  const before = valuesText(change.before, w);
  const after = valuesText(change.after, w);
  const long = before.length + after.length > LONG;
  return (
    <span className={long ? 'history-long' : undefined}>
      {label}: <span className="history-value history-before">{before}</span>
      {!long && <span className="history-arrow">{' → '}</span>}
      <span className="history-value history-after">
        {long && <span className="history-arrow">→ </span>}
        {after}
      </span>
    </span>
  );
}

function PartGroup({ part, changes, w }: Group & { part: ChangePart; w: AuditWording }) {
  const status = changes[0]!.change;
  const heading = (
    <>
      <span className="history-part">{partText(part, w)}</span>
      {status !== 'changed' && (
        <Tag color={status === 'added' ? 'green' : 'red'} style={{ marginInlineStart: 8 }}>
          {partStatusText(part, status, w)}
        </Tag>
      )}
    </>
  );
  // One field of a part reads on one line: "Victim 2: Year of birth: 1989 → 1990".
  if (status === 'changed' && changes.length === 1) {
    return (
      <li>
        {heading}: <FieldLine change={changes[0]!} w={w} />
      </li>
    );
  }
  return (
    <li className={status === 'removed' ? 'history-removed' : undefined}>
      {heading}
      <ul>
        {changes.map((change) => (
          <li key={change.field}>
            <FieldLine change={change} w={w} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * What one audit entry changed, field by field, in the UI language: "Date forwarded to court:
 * 20.04.2024 → 22.04.2024"; a victim added or removed with its fields under its name. Takes the
 * changes as given (the History tabs and the Audit screen load them their own way).
 */
export function ChangeList({ changes, label }: { changes: FieldChange[]; label?: string }) {
  const w = useAuditWording();
  return (
    <ul className="history-changes" aria-label={label}>
      {grouped(changes).map(({ part, changes: group }, i) =>
        part ? (
          <PartGroup key={i} part={part} changes={group} w={w} />
        ) : (
          group.map((change) => (
            <li key={`${i}-${change.field}`}>
              <FieldLine change={change} w={w} />
            </li>
          ))
        ),
      )}
    </ul>
  );
}
