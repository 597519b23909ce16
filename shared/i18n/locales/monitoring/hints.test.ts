import { describe, expect, it } from 'vitest';
import en from './en';
import kk from './kk';
import ru from './ru';

describe('the register form’s hints', () => {
  it('never break a line inside the example register number', () => {
    for (const strings of [ru, kk, en]) {
      // A no-break hyphen (U+2011) joins the letter and the digits; a plain one lets the line break there.
      expect(strings.hint.personId).toContain('M\u2011000001');
      expect(strings.hint.personId).not.toContain('M-000001');
    }
  });
});
