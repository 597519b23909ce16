import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../shared/api/contract';
import { languages } from '../shared/domain/fields';
import { caller, openTestBackend, setUpAdmin } from './test-api';
import type { Backend } from './types';

/*
 * Hostile input against every method of the contract, signed in as the administrator (so no refusal
 * comes from permissions): wrong types, huge strings, unicode edge cases, `__proto__` keys and deep
 * nesting. Each input is invalid for the method's own schema by construction (the property's
 * precondition), so each must be refused as invalid input: nothing thrown, nothing written, no
 * prototype polluted, and a message fit for a person.
 */

const HUGE = 100_000;
const hostileStrings = [
  'x'.repeat(HUGE),
  'Ж'.repeat(HUGE),
  '\uD800',
  'a\uDFFFb',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '\u0000',
  '{{key}}',
  'e\u0301\u0301\u0301',
  '../../etc/passwd',
  "'; DROP TABLE cases; --",
  '',
];

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** Objects with real own `__proto__`/`constructor`/`prototype` keys, as JSON.parse makes them. */
const protoPayloads = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":[],"constructor":null}',
].map((json) => JSON.parse(json) as unknown);

const hostileString = fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ unit: 'binary' }));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.constantFrom(...protoPayloads),
  fc.constantFrom(nested(5_000, false), nested(5_000, true)),
  fc.object({ maxDepth: 2 }),
);

/** The field names a method's schema knows (an object's, or those of each option of a union). */
function fieldNames(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def: { type: string; options?: z.ZodType[] } }).def;
  if (def.type === 'object') return Object.keys((schema as z.ZodObject).shape);
  if (def.type === 'union') return [...new Set(def.options!.flatMap(fieldNames))];
  return [];
}

/** A JSON object with an own `__proto__` key next to hostile values under the method's own fields. */
function withProtoKey(fields: Record<string, unknown>, protoKey: string): unknown {
  const object = JSON.parse(`{${JSON.stringify(protoKey)}:{"polluted":"yes"}}`) as object;
  return Object.assign(object, fields);
}

function hostileInput(method: MethodName): fc.Arbitrary<unknown> {
  const names = fieldNames(contract[method].input);
  const wrongTopLevel = hostileValue;
  const wrongFields = names.length
    ? fc.dictionary(fc.constantFrom(...names), hostileValue, { minKeys: 1, maxKeys: names.length })
    : fc.dictionary(hostileString, hostileValue, { minKeys: 1, maxKeys: 3 });
  const protoKeyed = fc
    .tuple(wrongFields, fc.constantFrom('__proto__', 'constructor', 'prototype'))
    .map(([fields, key]) => withProtoKey(fields, key));
  return fc.oneof(wrongTopLevel, wrongFields, protoKeyed);
}

/** Every row of every table, hashed: equal digests mean nothing was written. */
function databaseDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate())
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return hash.digest('hex');
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

let dir: string;
let backend: Backend;
let session: string;
let reader: Database.Database;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nadzor-fuzz-'));
  const dbPath = join(dir, 'nadzor.sqlite');
  backend = await openTestBackend({ dbPath, transport: 'http' });
  session = await setUpAdmin(backend);
  const admin = caller(backend, session);
  for (const [i, district] of ['Almaty', 'Yesil', 'Nura'].entries())
    await admin.ok('cases.create', {
      registryNumber: `24510003100012${i}`,
      article: '194',
      district,
      registeredOn: `2024-0${i + 1}-11`,
    });
  // A second connection: SQLite's data_version moves whenever another connection commits.
  reader = new Database(dbPath, { readonly: true });
});

afterAll(async () => {
  reader?.close();
  await backend?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('every method of the contract refuses hostile input', () => {
  it.each(methodNames)('%s', async (method) => {
    const { call } = caller(backend, session);
    const schema = contract[method].input;
    const digestBefore = databaseDigest(reader);
    const protoBefore = prototypeKeys();
    let refused = 0;

    await fc.assert(
      fc.asyncProperty(hostileInput(method), fc.constantFrom(...languages), async (input, language) => {
        // The dispatcher reads an absent payload as `{}`; inputs the schema accepts are not hostile.
        fc.pre(!schema.safeParse(input ?? {}).success);
        const version = reader.pragma('data_version', { simple: true });

        const result = await backend.dispatch(method, input, { language, session });

        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.issues?.length).toBeGreaterThan(0);
        const worded: { message: string; params?: Record<string, string | number> }[] = [
          result.error,
          ...(result.error.issues ?? []),
        ];
        for (const { message, params } of worded) {
          // A value echoed from the input may hold anything; what the wording itself adds may not.
          const wording = Object.values(params ?? {}).reduce<string>(
            (text, value) => text.split(String(value)).join(''),
            message,
          );
          expect(wording).not.toMatch(/\{\{|\n\s+at |Error:|^errors\./);
        }
        expect(reader.pragma('data_version', { simple: true })).toBe(version);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        refused++;
      }),
      { numRuns: 25 },
    );

    expect(refused).toBeGreaterThan(0);
    expect(prototypeKeys()).toEqual(protoBefore);
    expect(databaseDigest(reader)).toBe(digestBefore);
    // The session survived all of it: still signed in, not locked.
    expect(await call('auth.status', {})).toMatchObject({ ok: true, value: { state: 'signedIn' } });
  });
});
