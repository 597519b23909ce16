import { hasCapability, type Capability, type Role } from '../domain/accounts';
import { isMethodName, type MethodName } from './contract';

/**
 * Who may call what. `anyone`: no session needed (finding out where one stands, signing in, creating
 * the first administrator). `signedIn`: any signed-in user, for their own session and preferences.
 * Anything else names the capability a role must have. The dispatcher refuses a method without an
 * entry (deny by default); the type below and a test make a missing entry fail the build first.
 */
export type Access = 'anyone' | 'signedIn' | Capability;

export const methodAccess: Record<MethodName, Access> = {
  'auth.status': 'anyone',
  'auth.setupAdmin': 'anyone',
  'auth.login': 'anyone',
  'auth.logout': 'signedIn',
  'auth.lock': 'signedIn',
  'auth.keepAlive': 'signedIn',
  'auth.unlock': 'signedIn',
  'auth.changePassword': 'signedIn',
  'settings.setLanguage': 'signedIn',
  // The desktop app answers these itself, before anyone signs in (office-client/), without this table;
  // a server refuses them to everyone: unauthenticated without a session, not_available with one.
  'connection.get': 'signedIn',
  'connection.probe': 'signedIn',
  'connection.choose': 'signedIn',

  'users.list': 'accounts',
  'users.create': 'accounts',
  'users.update': 'accounts',
  'users.setDisabled': 'accounts',
  'users.resetPassword': 'accounts',

  'audit.list': 'audit.read',
  'audit.facets': 'audit.read',
  'audit.entry': 'audit.read',
  'audit.caseHistory': 'audit.read',
  'audit.personHistory': 'audit.read',
  'audit.verify': 'audit.read',
  'audit.checkAnchor': 'audit.read',
  'audit.signIns': 'audit.read',
  'audit.exportCsv': 'audit.export',
  'audit.exportXlsx': 'audit.export',
  'audit.exportPdf': 'audit.export',

  'backups.overview': 'backups',
  'backups.create': 'backups',
  'backups.describe': 'backups',
  'backups.restore': 'backups',
  'backups.saveSettings': 'backups',

  'app.info': 'read',
  'settings.get': 'read',
  'settings.setInvestigationDays': 'settings',
  'settings.setIdleMinutes': 'settings',
  'reference.districts': 'read',
  'reference.articles': 'read',
  'reference.list': 'read',
  'reference.save': 'reference',
  'dashboard.summary': 'read',

  'cases.create': 'cases.write',
  'cases.list': 'read',
  'cases.stageCounts': 'read',
  'cases.get': 'read',
  'cases.edit': 'cases.write',
  'cases.forward': 'cases.write',
  'cases.close': 'cases.write',
  'cases.reopen': 'cases.write',
  'cases.addVictim': 'cases.write',
  'cases.updateVictim': 'cases.write',
  'cases.removeVictim': 'cases.write',
  'cases.addDefendant': 'cases.write',
  'cases.updateDefendant': 'cases.write',
  'cases.removeDefendant': 'cases.write',
  'cases.recordVerdict': 'cases.write',
  'cases.recordSentence': 'cases.write',
  'cases.importPreview': 'import',
  'cases.importStart': 'import',
  'cases.sheetRead': 'import',
  'cases.sheetSaveMapping': 'import',
  'cases.importProgress': 'import',
  'cases.export': 'export',
  'cases.exportSpreadsheet': 'export',

  'monitoring.overview': 'read',
  'monitoring.list': 'read',
  'monitoring.exportSpreadsheet': 'export',
  'monitoring.get': 'read',
  'monitoring.create': 'monitoring.write',
  'monitoring.update': 'monitoring.write',
  'monitoring.fromDefendant': 'monitoring.write',
  'monitoring.addConviction': 'monitoring.write',
  'monitoring.removeConviction': 'monitoring.write',
  'monitoring.addPeriod': 'monitoring.write',
  'monitoring.updatePeriod': 'monitoring.write',
  'monitoring.removePeriod': 'monitoring.write',
  'monitoring.recordEvent': 'monitoring.write',
  'monitoring.removeEvent': 'monitoring.write',
  'monitoring.decideLink': 'monitoring.write',
  'demo.fill': 'settings',

  'reports.stats': 'read',
  'reports.trend': 'read',
  'reports.drilldown': 'read',
  'reports.settings': 'read',
  'reports.saveSettings': 'settings',
  'reports.subjects': 'read',
  'reports.saveSubjects': 'settings',
  'reports.pdfStart': 'reports',
  'reports.spreadsheet': 'reports',
  'reports.docx': 'reports',
  'reports.pdfProgress': 'reports',
};

/** The access a method needs; undefined for anything not in the table, which is then refused. */
export function accessOf(method: string): Access | undefined {
  return isMethodName(method) && Object.hasOwn(methodAccess, method) ? methodAccess[method] : undefined;
}

/** Whether a signed-in user of this role may call the method (screens hide what this refuses). */
export function roleMay(role: Role, method: MethodName): boolean {
  const access = accessOf(method);
  if (access === undefined) return false;
  if (access === 'anyone' || access === 'signedIn') return true;
  return hasCapability(role, access);
}
