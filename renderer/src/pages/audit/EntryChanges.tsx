import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../../shared/domain/audit-view';
import { ChangeList } from '../../components/audit/ChangeList';

/** An entry's changes field by field, as the History tabs tell them; a note when none was recorded. */
export function EntryChanges({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0)
    return <Typography.Text type="secondary">{t('history.noChanges')}</Typography.Text>;
  return <ChangeList changes={changes} label={t('audit.entry.changes')} />;
}
