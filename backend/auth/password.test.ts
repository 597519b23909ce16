import { describe, expect, it } from 'vitest';
import { decoyHash, hashPassword, PASSWORD_COST, verifyPassword } from './password';
import { TEST_PASSWORD_COST } from './test-cost';

const hash = (password: string) => hashPassword(password, TEST_PASSWORD_COST);

describe('password hashing (scrypt)', () => {
  it('stores the app’s passwords at N = 2^15, r = 8, p = 1 (the one test at the real cost)', async () => {
    expect(PASSWORD_COST).toEqual({ N: 32768, r: 8, p: 1 });
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hash('correct horse battery');
    expect(stored).toMatch(/^scrypt\$16\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so the same password never gives the same text', async () => {
    const [a, b] = await Promise.all([hash('same password!'), hash('same password!')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('same password!', a)).toBe(true);
    expect(await verifyPassword('same password!', b)).toBe(true);
  });

  it('treats a composed and a decomposed letter as the same password', async () => {
    const stored = await hash('Қазақстан-2026'.normalize('NFD'));
    expect(await verifyPassword('Қазақстан-2026'.normalize('NFC'), stored)).toBe(true);
  });

  it('refuses anything that is not a hash it wrote, without throwing', async () => {
    for (const stored of [
      '',
      'plain text',
      'bcrypt$1$2$3$4$5',
      'scrypt$x$8$1$AAAA$AAAA',
      'scrypt$16384$8$1$$',
    ])
      expect(await verifyPassword('whatever it is', stored)).toBe(false);
  });

  it('verifies with the cost stored in the hash, not with the app’s current cost', async () => {
    const stored = await hash('long enough password');
    expect(await verifyPassword('long enough password', stored)).toBe(true);
    const [, , r, p, salt, key] = stored.split('$');
    // Same salt and key but a different cost field: the derived key no longer matches.
    expect(await verifyPassword('long enough password', ['scrypt', 32, r, p, salt, key].join('$'))).toBe(
      false,
    );
  });

  it('matches no password with the decoy hash, at the cost it is asked for', async () => {
    const decoy = decoyHash(TEST_PASSWORD_COST);
    expect(decoy.split('$').slice(0, 4)).toEqual(['scrypt', '16', '8', '1']);
    expect(await verifyPassword('', decoy)).toBe(false);
    expect(await verifyPassword('correct horse battery', decoy)).toBe(false);
  });
});
