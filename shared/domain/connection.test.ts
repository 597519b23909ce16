import { describe, expect, it } from 'vitest';
import { fingerprintLines, normaliseAddress } from './connection';

describe('an office server address as typed', () => {
  it.each([
    ['192.168.1.10:4318', '192.168.1.10:4318'],
    ['192.168.1.10', '192.168.1.10:4318'],
    [' https://Nadzor-Server:4400/ ', 'nadzor-server:4400'],
    ['nadzor.office.local', 'nadzor.office.local:4318'],
    ['[FE80::1]:4318', '[fe80::1]:4318'],
  ])('%j is %j', (typed, address) => {
    expect(normaliseAddress(typed)).toBe(address);
  });

  it.each(['', 'http://nadzor-server', 'nadzor server', 'host:0', 'host:70000', 'a/b', '999.1.1.1:4318'])(
    '%j is refused',
    (typed) => {
      expect(normaliseAddress(typed)).toBeNull();
    },
  );
});

it('shows a fingerprint in four lines of eight bytes', () => {
  const bytes = Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase());
  expect(fingerprintLines(bytes.join(':'))).toEqual([
    '00:01:02:03:04:05:06:07',
    '08:09:0A:0B:0C:0D:0E:0F',
    '10:11:12:13:14:15:16:17',
    '18:19:1A:1B:1C:1D:1E:1F',
  ]);
});
