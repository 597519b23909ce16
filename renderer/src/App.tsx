import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { lazy, type ComponentType, type ReactNode } from 'react';
import { AppLayout } from './components/AppLayout';
import { antdLocale } from './i18n/language-packs';
import { currentLanguage, i18n } from './i18n/i18n';
import { queryClient } from './query/client';
import { SessionGate } from './state/SessionGate';
import { themeFor } from './theme';
import { useReducedMotion } from './components/useReducedMotion';

/**
 * A screen whose code is fetched the first time it opens: a page load then parses the shell and the
 * screen it shows, not all of them (Reports alone brings the chart library). AppLayout shows
 * <Loading /> meanwhile.
 */
function screen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const DashboardPage = screen(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage');
const CasesPage = screen(() => import('./pages/cases/CasesPage'), 'CasesPage');
const ImportPage = screen(() => import('./pages/import/ImportPage'), 'ImportPage');
const CasePage = screen(() => import('./pages/case/CasePage'), 'CasePage');
const MonitoringPage = screen(() => import('./pages/monitoring/MonitoringPage'), 'MonitoringPage');
const PersonPage = screen(() => import('./pages/monitoring/PersonPage'), 'PersonPage');
const ReportsPage = screen(() => import('./pages/reports/ReportsPage'), 'ReportsPage');
const AuditPage = screen(() => import('./pages/audit/AuditPage'), 'AuditPage');
const SettingsPage = screen(() => import('./pages/settings/SettingsPage'), 'SettingsPage');
const UsersPage = screen(() => import('./pages/users/UsersPage'), 'UsersPage');

/** antd's built-in texts and date formats follow the UI language. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  useTranslation(); // subscribes: re-renders when the language changes
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider locale={antdLocale(currentLanguage())} theme={themeFor(reducedMotion)}>
      <AntApp style={{ height: '100%' }}>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedAntd>
          <SessionGate>
            <HashRouter>
              <Routes>
                <Route element={<AppLayout />}>
                  <Route index element={<DashboardPage />} />
                  <Route path="cases" element={<CasesPage />}>
                    <Route path="new" element={null} />
                  </Route>
                  <Route path="cases/import" element={<ImportPage />} />
                  <Route path="cases/:id" element={<CasePage />} />
                  <Route path="monitoring" element={<MonitoringPage />} />
                  <Route path="monitoring/:id" element={<PersonPage />} />
                  <Route path="reports" element={<ReportsPage />} />
                  <Route path="audit" element={<AuditPage />} />
                  <Route path="settings" element={<SettingsPage />} />
                  <Route path="users" element={<UsersPage />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Route>
              </Routes>
            </HashRouter>
          </SessionGate>
        </LocalizedAntd>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
