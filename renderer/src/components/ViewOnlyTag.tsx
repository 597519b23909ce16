import { EyeOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from './case/VisuallyHidden';
import { useRoleName } from './useRoleReason';

/**
 * Stands where a page's actions are for roles that may change nothing there, so the empty place reads
 * as intended and says why.
 */
export function ViewOnlyTag() {
  const { t } = useTranslation();
  const hint = t('roles.viewOnlyHint', { role: useRoleName() });
  // What this account may change is for the screen, not for whoever reads the paper: no-print.
  return (
    <Tooltip title={hint}>
      <Tag
        className="no-print"
        variant="outlined"
        icon={<EyeOutlined aria-hidden />}
        style={{ marginInlineEnd: 0, padding: '2px 8px', fontSize: 13 }}
      >
        {t('roles.viewOnly')}
        <VisuallyHidden>{` — ${hint}`}</VisuallyHidden>
      </Tag>
    </Tooltip>
  );
}
