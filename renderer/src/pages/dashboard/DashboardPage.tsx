import { PlaceholderPage } from '../PlaceholderPage';

/** The start page: counts per stage for the current year, overdue and due-soon cases. */
export function DashboardPage() {
  return <PlaceholderPage area="dashboard" />;
}
