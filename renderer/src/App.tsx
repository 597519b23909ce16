import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { lazy, Suspense, type ReactNode } from 'react';
import { AppLayout } from './components/AppLayout';
import { antdLocales } from './i18n/antd-locale';
import { currentLanguage, i18n } from './i18n/i18n';
import { AuditPage } from './pages/audit/AuditPage';
import { CasePage } from './pages/case/CasePage';
import { CasesPage } from './pages/cases/CasesPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { ImportPage } from './pages/import/ImportPage';
import { MonitoringPage } from './pages/monitoring/MonitoringPage';
import { PersonPage } from './pages/monitoring/PersonPage';
import { queryClient } from './query/client';
import { SettingsPage } from './pages/settings/SettingsPage';
import { UsersPage } from './pages/users/UsersPage';
import { SessionGate } from './state/SessionGate';
import { theme } from './theme';

// Reports bring the chart library (and, on demand, pdf.js): loaded the first time the screen opens.
const ReportsPage = lazy(() =>
  import('./pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);

/** antd's built-in texts and date formats follow the UI language. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  useTranslation(); // subscribes: re-renders when the language changes
  return (
    <ConfigProvider locale={antdLocales[currentLanguage()]} theme={theme}>
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
                  <Route
                    path="reports"
                    element={
                      <Suspense fallback={null}>
                        <ReportsPage />
                      </Suspense>
                    }
                  />
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
