import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '../state/session';

/**
 * Ctrl+N (⌘N on a Mac) opens the new-case form from anywhere. Matched on the physical key, so it
 * also works with the Russian or Kazakh keyboard layout active. Only for roles that register cases.
 */
export function useNewCaseShortcut(): void {
  const navigate = useNavigate();
  const canCreate = useCan('cases.write');
  useEffect(() => {
    if (!canCreate) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.code !== 'KeyN')
        return;
      event.preventDefault();
      void navigate('/cases/new');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, canCreate]);
}
