import {
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  EyeOutlined,
  FolderOpenOutlined,
  LeftOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Typography, type MenuProps } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { auditList } from '../pages/audit/useAuditList';
import { AccountMenu } from '../pages/auth/AccountMenu';
import { caseList } from '../pages/cases/useCaseList';
import { register } from '../pages/monitoring/useRegisterList';
import { preloadScreens } from '../screens';
import { useConnection, useWhereDataIs } from '../state/connection';
import { useCan, useSession } from '../state/session';
import { Loading } from './Loading';
import { useNewCaseShortcut } from './useNewCaseShortcut';
import { prefetchReferenceItems } from './useReferenceItems';
import { prefetchUrlList } from './useUrlPagedList';
import { followChanges } from '../query/live-changes';

const areas = [
  { path: '/', key: 'dashboard', Icon: DashboardOutlined },
  { path: '/cases', key: 'cases', Icon: FolderOpenOutlined },
  { path: '/monitoring', key: 'monitoring', Icon: EyeOutlined },
  { path: '/reports', key: 'reports', Icon: BarChartOutlined },
  { path: '/audit', key: 'audit', Icon: AuditOutlined },
  { path: '/users', key: 'users', Icon: TeamOutlined },
  { path: '/settings', key: 'settings', Icon: SettingOutlined },
] as const;

/** The list an area opens on (and what the list's filters offer), read from the click on its menu item, while its screen renders. */
const openingLists: Partial<Record<string, () => void>> = {
  '/cases': () => {
    prefetchUrlList(caseList);
    prefetchReferenceItems(['district', 'article', 'platform']);
  },
  '/monitoring': () => prefetchUrlList(register),
  '/audit': () => prefetchUrlList(auditList),
};

function selectedArea(pathname: string): string {
  const area = areas.find(
    (a) => a.path !== '/' && (pathname === a.path || pathname.startsWith(`${a.path}/`)),
  );
  return area?.path ?? '/';
}

/** The shell: the navigation column on the left, the current area on the right. */
export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  useNewCaseShortcut();
  const canReadAudit = useCan('audit.read');
  const canManageAccounts = useCan('accounts');
  const connection = useConnection();
  const whereDataIs = useWhereDataIs();
  const database =
    connection?.mode === 'office'
      ? t('connection.database.office', { address: connection.address })
      : connection?.mode === 'local'
        ? t('connection.database.local')
        : null;
  // The other screens' code, fetched while nobody waits for it.
  useEffect(preloadScreens, []);
  // The signed-in shell only: a signed-out or locked window hears nothing (a lock keeps the shell).
  const { locked } = useSession();
  useEffect(() => (locked ? undefined : followChanges()), [locked]);

  const shown = areas.filter(
    ({ key }) => (key !== 'audit' || canReadAudit) && (key !== 'users' || canManageAccounts),
  );
  const items: MenuProps['items'] = shown.map(({ path, key, Icon }) => ({
    key: path,
    icon: <Icon aria-hidden />,
    label: t(`nav.${key}`),
  }));

  return (
    <Layout style={{ minHeight: '100%' }}>
      {/* Sticky: the menu stays in sight however far a long page is scrolled. */}
      <Layout.Sider
        width={240}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        // antd's own trigger is a bare icon in a div: no name, and out of the Tab order.
        trigger={
          <button
            type="button"
            className="sider-trigger"
            aria-expanded={!collapsed}
            aria-label={t(collapsed ? 'nav.expand' : 'nav.collapse')}
          >
            {collapsed ? <RightOutlined aria-hidden /> : <LeftOutlined aria-hidden />}
          </button>
        }
        breakpoint="lg"
        style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}
      >
        <div
          style={{
            padding: collapsed ? '20px 0' : '20px 20px 16px',
            textAlign: collapsed ? 'center' : 'left',
          }}
        >
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            <SafetyCertificateOutlined aria-hidden style={{ marginRight: collapsed ? 0 : 8 }} />
            {!collapsed && t('app.name')}
          </Typography.Text>
          {!collapsed && (
            <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.6)', fontSize: 12, margin: '6px 0 0' }}>
              {t('app.tagline')}
            </Typography.Paragraph>
          )}
          {/* Which database this window works on: this computer's file, or the office server. */}
          {!collapsed && database && (
            <Typography.Paragraph style={{ color: '#fff', fontSize: 12, margin: '8px 0 0' }}>
              {t('connection.database.label')}: {database}
            </Typography.Paragraph>
          )}
        </div>
        <div style={{ padding: collapsed ? '0 8px 12px' : '0 16px 16px' }}>
          <AccountMenu collapsed={collapsed} />
        </div>
        <nav aria-label={t('nav.label')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedArea(pathname)]}
            items={items}
            onClick={({ key }) => {
              openingLists[key]?.();
              void navigate(key);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        {/* antd renders Content as <main> and Footer as <footer>, so the landmarks are there already. */}
        <Layout.Content style={{ padding: 24 }}>
          {/* Each screen's code arrives the first time it opens (App.tsx); the menu stays meanwhile. */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        {whereDataIs && (
          <Layout.Footer style={{ padding: '12px 24px', color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
            {whereDataIs}
          </Layout.Footer>
        )}
      </Layout>
    </Layout>
  );
}
