import type { Location } from 'react-router';

/** Where the new-case form was opened from: closing it unsaved goes back there. */
interface NewCaseFrom {
  returnTo: string;
}

export const newCaseFrom = (location: Location): NewCaseFrom => ({
  returnTo: `${location.pathname}${location.search}`,
});

/** The address to go back to when the new-case form closes unsaved, if it was opened from one. */
export function returnFromNewCase(location: Location): string | null {
  const state = location.state as Partial<NewCaseFrom> | null;
  return typeof state?.returnTo === 'string' ? state.returnTo : null;
}
