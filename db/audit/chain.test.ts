import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical-json';
import { headerAroundHead, sealEntry, type NewEntry } from './chain';

const text = fc.string({ unit: 'binary', maxLength: 40 });

const entries: fc.Arbitrary<NewEntry> = fc.record({
  at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  actor: text,
  action: text,
  entityType: text,
  entityId: text,
  before: fc.option(fc.dictionary(text, fc.jsonValue()) as fc.Arbitrary<object>),
  after: fc.option(fc.dictionary(text, fc.jsonValue()) as fc.Arbitrary<object>),
  reason: fc.option(text),
  importId: fc.option(fc.integer({ min: 1, max: 2 ** 31 - 1 })),
});

describe('headerAroundHead', () => {
  it('gives the header hashEntry hashes once the head’s hash and number are put in', () => {
    fc.assert(
      fc.property(
        entries,
        fc.option(
          fc.record({ seq: fc.integer({ min: 1, max: 2 ** 52 }), hash: fc.stringMatching(/^[0-9a-f]{64}$/) }),
        ),
        (entry, head) => {
          const sealed = sealEntry(head, entry);
          const { start, middle, end } = headerAroundHead(entry);
          expect(start + sealed.header.prevHash + middle + String(sealed.header.seq) + end).toBe(
            canonicalJson(sealed.header),
          );
        },
      ),
    );
  });

  it('leaves out a missing import id as the header does', () => {
    const entry: NewEntry = {
      at: '2025-03-04T10:00:00.000Z',
      actor: 'Иванов "И."',
      action: 'case.update',
      entityType: 'case',
      entityId: '7',
      before: null,
      after: null,
      reason: null,
    };
    expect(headerAroundHead(entry)).toEqual({
      start:
        '{"action":"case.update","actor":"Иванов \\"И.\\"","at":"2025-03-04T10:00:00.000Z","entityId":"7","entityType":"case","prevHash":"',
      middle: '","reason":null,"seq":',
      end: '}',
    });
  });
});
