const KEY = 'nadzor.session';

/**
 * The signed-in session's token, kept for this window only (sessionStorage): a reload stays signed in,
 * closing the window does not leave a way in behind, and nothing is written to disk by the page.
 */
export const sessionToken = {
  get: (): string | null => sessionStorage.getItem(KEY),
  set: (token: string) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};
