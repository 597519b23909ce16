import { checkIin } from './iin';
import type { MonitoredPerson, PersonIdentity } from './monitoring';
import type { RuleIssue } from './pipeline';

/*
 * Rules across a person's fields, beyond each field's own shape: the IIN agrees with the birth date
 * and sex it encodes, dates follow one another, events fall inside their period. Paths are relative
 * to the person, so the form, the API and the importer (which prefixes `monitoring[i].`) share them.
 */

export function checkIdentity(p: PersonIdentity): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (p.iin) {
    const check = checkIin(p.iin);
    if (check.ok && check.facts.birthDate !== p.birthDate)
      issues.push({
        path: 'iin',
        key: 'errors.iin.birthDateMismatch',
        params: { date: check.facts.birthDate },
      });
    if (check.ok && check.facts.sex !== p.sex) issues.push({ path: 'iin', key: 'errors.iin.sexMismatch' });
  }
  return issues;
}

export function checkPerson(p: MonitoredPerson): RuleIssue[] {
  const issues = checkIdentity(p);
  // A court date or a supervision before the person was born is a slip in the year, never a record.
  const beforeBirth = (path: string, date: string) => {
    if (date < p.birthDate)
      issues.push({ path, key: 'errors.monitoring.beforeBirth', params: { date: p.birthDate } });
  };
  p.convictions.forEach((c, i) => {
    beforeBirth(`convictions[${i}].courtDate`, c.courtDate);
    if (c.releasedOn !== null && c.releasedOn < c.courtDate)
      issues.push({ path: `convictions[${i}].releasedOn`, key: 'errors.monitoring.releaseBeforeCourt' });
  });
  p.periods.forEach((period, i) => {
    const at = `periods[${i}]`;
    beforeBirth(`${at}.start`, period.start);
    if (period.end !== null && period.end < period.start)
      issues.push({ path: `${at}.end`, key: 'errors.monitoring.endBeforeStart' });
    period.events.forEach((e, j) => {
      const event = `${at}.events[${j}]`;
      if (e.on < period.start || (period.end !== null && e.on > period.end))
        issues.push({ path: `${event}.on`, key: 'errors.monitoring.eventOutsidePeriod' });
      if (e.type === 'extended' && (e.until === null || e.until <= e.on))
        issues.push({ path: `${event}.until`, key: 'errors.monitoring.extendedUntil' });
      if (e.type !== 'extended' && e.until !== null)
        issues.push({ path: `${event}.until`, key: 'errors.monitoring.untilOnlyForExtension' });
    });
    // The last extension set the end, unless an end was recorded after it: an end before its new
    // term says one thing on the card and another in the list (an imported period did both).
    const byDay = [...period.events].sort((a, b) => a.on.localeCompare(b.on));
    const extension = byDay.filter((e) => e.type === 'extended').at(-1);
    const endedAfter = extension && byDay.some((e) => e.type === 'ended' && e.on >= extension.on);
    if (extension?.until && !endedAfter && period.end !== null && period.end < extension.until)
      issues.push({
        path: `${at}.end`,
        key: 'errors.monitoring.endBeforeExtension',
        params: { date: extension.until },
      });
  });
  const seen = new Set<string>();
  p.caseLinks.forEach((link, i) => {
    if (seen.has(link.registryNumber))
      issues.push({ path: `caseLinks[${i}].registryNumber`, key: 'errors.monitoring.linkDuplicate' });
    seen.add(link.registryNumber);
  });
  return issues;
}
