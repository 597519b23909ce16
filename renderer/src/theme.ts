import type { ThemeConfig } from 'antd';

/** A calm, official look: one deep blue, a dark navigation column, comfortable density. */
export const theme: ThemeConfig = {
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
