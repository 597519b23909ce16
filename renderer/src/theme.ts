import type { ThemeConfig } from 'antd';

/** A calm, official look: one deep blue, a dark navigation column, comfortable density. */
const theme: ThemeConfig = {
  zeroRuntime: true,
  token: {
    colorPrimary: '#1d4f91',
    colorLink: '#1d4f91',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { siderBg: '#0f2a4a', headerBg: '#ffffff', bodyBg: '#f3f5f8', footerBg: '#f3f5f8' },
    Menu: { darkItemBg: '#0f2a4a', darkItemSelectedBg: '#1d4f91', darkSubMenuItemBg: '#0f2a4a' },
  },
};

/**
 * With the system's "reduce motion" setting, dialogs, menus and messages appear and go at once
 * (antd's `motion` token; styles.css stops the CSS transitions). Two fixed objects, so a re-render
 * does not hand antd a new theme.
 */
const stillTheme: ThemeConfig = { ...theme, token: { ...theme.token, motion: false } };

export const themeFor = (reducedMotion: boolean): ThemeConfig => (reducedMotion ? stillTheme : theme);
