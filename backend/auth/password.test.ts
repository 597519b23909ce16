import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so the same password never gives the same text', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('same password!', a)).toBe(true);
    expect(await verifyPassword('same password!', b)).toBe(true);
  });

  it('treats a composed and a decomposed letter as the same password', async () => {
    const stored = await hashPassword('Қазақстан-2026'.normalize('NFD'));
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

  it('keeps verifying a hash made with another cost (the cost is stored with it)', async () => {
    const stored = await hashPassword('long enough password');
    const [, , r, p, salt, hash] = stored.split('$');
    // Same salt and key but a different cost field: the derived key no longer matches.
    expect(await verifyPassword('long enough password', ['scrypt', 16384, r, p, salt, hash].join('$'))).toBe(
      false,
    );
  });
});
