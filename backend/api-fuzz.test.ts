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
/** Longer than any message the app words, far shorter than the hostile strings. */
const MESSAGE_LIMIT = 500;
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

interface SchemaDef {
  type: string;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { def: SchemaDef }).def;

/** The schema under its wrappers (optional, nullable, default, a transform's input). */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  return inner ? unwrapped(inner) : schema;
}

/** Each object shape of a schema: its own, or those of each option of a union. */
function shapesOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  const def = defOf(unwrapped(schema));
  if (def.type === 'object') return [def.shape!];
  if (def.type === 'union') return def.options!.flatMap(shapesOf);
  return [];
}

/**
 * A value shaped like the schema (its own field names, arrays where it wants arrays) down to `depth`,
 * with a hostile value wherever the recursion stops: it reaches the checks deep inside an input.
 */
function shaped(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const target = unwrapped(schema);
  const def = defOf(target);
  if (depth <= 0) return hostileValue;
  if (def.type === 'array')
    return fc.array(fc.oneof(shaped(def.element!, depth - 1), hostileValue), { maxLength: 3 });
  const shapes = shapesOf(target);
  if (!shapes.length) return hostileValue;
  return fc.oneof(
    ...shapes.map((shape) =>
      fc.record(
        Object.fromEntries(
          Object.entries(shape).map(([key, field]) => [
            key,
            fc.oneof(shaped(field, depth - 1), hostileValue),
          ]),
        ),
        { requiredKeys: [] },
      ),
    ),
  );
}

/** A JSON object with an own `__proto__` key next to hostile values under the method's own fields. */
function withProtoKey(fields: unknown, protoKey: string): unknown {
  const object = JSON.parse(`{${JSON.stringify(protoKey)}:{"polluted":"yes"}}`) as object;
  return typeof fields === 'object' && fields !== null && !Array.isArray(fields)
    ? Object.assign(object, fields)
    : object;
}

function hostileInput(method: MethodName): fc.Arbitrary<unknown> {
  const schema = contract[method].input;
  const wrongFields = shapesOf(schema).some((shape) => Object.keys(shape).length)
    ? shaped(schema, 4)
    : fc.dictionary(hostileString, hostileValue, { minKeys: 1, maxKeys: 3 });
  const protoKeyed = fc
    .tuple(wrongFields, fc.constantFrom('__proto__', 'constructor', 'prototype'))
    .map(([fields, key]) => withProtoKey(fields, key));
  return fc.oneof(hostileValue, wrongFields, protoKeyed);
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
        for (const issue of result.error.issues ?? []) expect(issue.path.length).toBeLessThan(MESSAGE_LIMIT);
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
          // Fit for a person: an echoed value is shortened, never a page of someone's hostile input.
          expect(message.length).toBeLessThan(MESSAGE_LIMIT);
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
