import { Drawer } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedCase } from './new-case-form';
import { NewCaseForm } from './NewCaseForm';
import { userInField } from '../../components/user-in-field';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (created: CreatedCase) => void;
}

/** The new-case form slides over the list, so the list stays in view and shows the case once saved. */
export function NewCaseDrawer({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
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
      // Without the slide-in (the system's "reduce motion") the field mounts before the drawer shows,
      // and its own focus is lost to the drawer's close button: once open, the first field gets it.
      afterOpenChange={(opened) => {
        if (opened && !userInField(body.current)) body.current?.querySelector('input')?.focus();
      }}
    >
      <div ref={body}>
        <NewCaseForm onCancel={onClose} onCreated={onCreated} />
      </div>
    </Drawer>
  );
}
