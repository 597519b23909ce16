import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { ReactNode } from 'react';
import { AppLayout } from './components/AppLayout';
import { antdLocale } from './i18n/language-packs';
import { currentLanguage, i18n } from './i18n/i18n';
import { queryClient } from './query/client';
import {
  AuditPage,
  CasePage,
  CasesPage,
  DashboardPage,
  ImportPage,
  MonitoringPage,
  PersonPage,
  ReportsPage,
  SettingsPage,
  UsersPage,
} from './screens';
import { ConnectionGate } from './state/ConnectionGate';
import { SessionGate } from './state/SessionGate';
import { themeFor } from './theme';
import { useReducedMotion } from './components/useReducedMotion';

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
          <ConnectionGate>
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
          </ConnectionGate>
        </LocalizedAntd>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
