import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../state/session';

interface Props {
  /** What the row is called, for its buttons' names: 14 defendants give 14 different "Edit" buttons. */
  name: string;
  onEdit: () => void;
  onRemove: () => void;
  children?: ReactNode;
}

/**
 * A row's buttons: the party's own actions first, then edit and remove (icons with names and tooltips),
 * those two only for a role that works on cases.
 */
export function PartyActions({ name, onEdit, onRemove, children }: Props) {
  const { t } = useTranslation();
  const canWrite = useCan('cases.write');
  return (
    <Flex className="no-print" gap={4} justify="end" align="center">
      {children}
      {canWrite && (
        <>
          <Tooltip title={t('caseView.action.editParty')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined aria-hidden />}
              aria-label={t('caseView.action.editNamed', { name })}
              onClick={onEdit}
            />
          </Tooltip>
          <Tooltip title={t('caseView.action.remove')}>
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('caseView.action.removeNamed', { name })}
              onClick={onRemove}
            />
          </Tooltip>
        </>
      )}
    </Flex>
  );
}
