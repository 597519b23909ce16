import { lazy, useState, type ComponentType } from 'react';

/*
 * The screens, each fetched the first time it opens: a page load parses the shell and the screen it
 * shows, not all of them (Reports alone brings the chart library). Once the shell is idle the rest are
 * fetched one by one in the background, so a click on the menu does not wait for a screen's code.
 */

/** Each screen's code, in the order the background fetch takes them (the case list first). */
const loaders: (() => Promise<unknown>)[] = [];

function screen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  // One fetch shared by the background preload and the first render; a failed one is tried again.
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  loaders.push(loadOnce);
  const Lazy = lazy(() => loadOnce().then((component) => ({ default: component })));
  // Code already here renders at once: React.lazy would still suspend the first render for a tick.
  // Chosen once per mount, so the screen is never swapped for another component (and remounted).
  return function Screen() {
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component />;
  };
}

export const CasesPage = screen(() => import('./pages/cases/CasesPage'), 'CasesPage');
export const CasePage = screen(() => import('./pages/case/CasePage'), 'CasePage');
export const DashboardPage = screen(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage');
export const MonitoringPage = screen(() => import('./pages/monitoring/MonitoringPage'), 'MonitoringPage');
export const ReportsPage = screen(() => import('./pages/reports/ReportsPage'), 'ReportsPage');
export const PersonPage = screen(() => import('./pages/monitoring/PersonPage'), 'PersonPage');
export const ImportPage = screen(() => import('./pages/import/ImportPage'), 'ImportPage');
export const AuditPage = screen(() => import('./pages/audit/AuditPage'), 'AuditPage');
export const SettingsPage = screen(() => import('./pages/settings/SettingsPage'), 'SettingsPage');
export const UsersPage = screen(() => import('./pages/users/UsersPage'), 'UsersPage');

let preloading = false;

/**
 * Fetches every screen's code in the background, one screen per idle period of the main thread, so it
 * never delays what the user is doing. Called once the shell is on screen; later calls do nothing.
 */
export function preloadScreens(): void {
  if (preloading) return;
  preloading = true;
  const next = (index: number) => {
    const load = loaders[index];
    if (!load) return;
    requestIdleCallback(() => {
      // A screen that fails to load now is fetched again when it opens (and says so there).
      load().then(
        () => next(index + 1),
        () => next(index + 1),
      );
    });
  };
  next(0);
}
