import { useCallback, useEffect, useState } from 'react';
import type { UserSummary } from '../../../../shared/domain/accounts';
import { api } from '../../api';

/** The accounts as the backend lists them; `reload` after any change, so the table shows what is stored. */
export function useUsers() {
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void api.users.list({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setUsers(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { users, error, reload };
}
