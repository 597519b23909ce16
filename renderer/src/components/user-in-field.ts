/**
 * Whether the user is already in a text field of `container`: someone who clicked into a field while
 * a dialog was still opening keeps their place, since moving focus then would send the rest of their
 * typing into another field.
 */
export function userInField(container: HTMLElement | null | undefined): boolean {
  const active = document.activeElement;
  return !!active?.matches('input, textarea') && !!container?.contains(active);
}
