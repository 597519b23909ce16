import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedCase } from './new-case-form';
import { NewCaseForm } from './NewCaseForm';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (created: CreatedCase) => void;
}

/** The new-case form slides over the list, so the list stays in view and shows the case once saved. */
export function NewCaseDrawer({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      title={t('cases.new')}
      open={open}
      onClose={onClose}
      size={480}
      destroyOnHidden
      // The first field takes focus itself as soon as it mounts; the drawer focusing its own panel
      // later (after the slide-in) would pull focus away from a field the user has already reached.
      autoFocus={false}
    >
      <NewCaseForm onCancel={onClose} onCreated={onCreated} />
    </Drawer>
  );
}
