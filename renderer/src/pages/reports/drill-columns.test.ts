import { describe, expect, it } from 'vitest';
import { drillFigures } from '../../../../shared/domain/stats';
import { drillBasis, drillKindOf } from './drill-columns';

describe('what a figure’s list holds', () => {
  it('knows cases, persons and victims before the list loads', () => {
    const kinds = Object.fromEntries(drillFigures.map((figure) => [figure, drillKindOf(figure)]));
    expect(kinds).toEqual({
      registered: 'cases',
      forwardedToCourt: 'cases',
      groupCrime: 'cases',
      platform: 'cases',
      tactic: 'cases',
      convictedPersons: 'persons',
      acquittedPersons: 'persons',
      sentencedPersons: 'persons',
      imprisonedPersons: 'persons',
      sentenceType: 'persons',
      imprisonmentTerm: 'persons',
      offenders: 'persons',
      victims: 'victims',
    });
  });

  it('says which date put a row into the figure', () => {
    expect(drillBasis('registered')).toBe('registration');
    expect(drillBasis('victims')).toBe('registration');
    expect(drillBasis('forwardedToCourt')).toBe('event');
    expect(drillBasis('sentenceType')).toBe('event');
    expect(drillBasis('offenders')).toBe('offenders');
  });
});
