import { Tooltip } from 'antd';
import { useId, type ReactElement } from 'react';
import type { Capability } from '../../../shared/domain/accounts';
import { VisuallyHidden } from './case/VisuallyHidden';
import { useRoleReason } from './useRoleReason';

interface ControlProps {
  disabled: boolean;
  'aria-describedby'?: string;
}

interface Props {
  capability: Capability;
  /** The control, given whether it is disabled and the id of the text saying why. */
  children: (props: ControlProps) => ReactElement;
}

/**
 * A control kept in place for a role that may not use it: disabled, with a tooltip (and, for screen
 * readers, a description) saying why and which roles may. Unchanged for a role that may.
 */
export function RoleDisabled({ capability, children }: Props) {
  const reason = useRoleReason(capability);
  const id = useId();
  if (reason === null) return children({ disabled: false });
  return (
    <Tooltip title={reason}>
      {/* A disabled button gets no pointer events: the wrapper is what shows the tooltip. */}
      <span style={{ display: 'inline-flex', cursor: 'not-allowed' }}>
        {children({ disabled: true, 'aria-describedby': id })}
        <VisuallyHidden>
          <span id={id}>{reason}</span>
        </VisuallyHidden>
      </span>
    </Tooltip>
  );
}
