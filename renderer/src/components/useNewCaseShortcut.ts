import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCan } from '../state/session';
import { newCaseFrom } from './new-case-return';
import { useCtrlShortcut } from './useShortcut';

/**
 * Ctrl+N (⌘N on a Mac) opens the new-case form from anywhere, and closing the form without saving
 * goes back there. Only for roles that register cases.
 */
export function useNewCaseShortcut(): void {
  const navigate = useNavigate();
  const location = useLocation();
  const canCreate = useCan('cases.write');
  useCtrlShortcut(
    'KeyN',
    useCallback(() => {
      if (canCreate) void navigate('/cases/new', { state: newCaseFrom(location) });
    }, [canCreate, navigate, location]),
  );
}
