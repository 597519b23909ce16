import type { PgMigration } from './migration';

/*
 * A write took the write lock and read the trail's head in one round trip, sent its entries in a
 * second and committed in a third, holding the lock through all three: under twenty office clients the
 * writers queued on it (31 ms of waiting per edit) while the cores were not all busy. This function
 * takes the lock, reads the head and appends the entries in one call, so a write holds the lock for
 * the call's end and its commit only.
 *
 * Each entry's hash is the one hashEntry (db/audit/chain.ts) computes: SHA-256 of the header's
 * canonical JSON, NUL, the before snapshot, NUL, the after snapshot (the text `null` for none). The
 * header's text comes in three parts around the values the head decides (headerAroundHead), its
 * previous hash and its number. The head is read by a statement after the lock's: in READ COMMITTED
 * each statement of a VOLATILE function sees what was committed when it started, so the head is the
 * one the previous holder of the lock committed. Each entry is announced on `channel` (a ChangeEvent),
 * delivered only if the transaction commits.
 */
export const pgMigration014: PgMigration = {
  version: 14,
  name: 'append-in-one-call',
  up: async (client) => {
    await client.query(`
      CREATE FUNCTION nadzor_append_entries(
        write_lock bigint, channel text,
        header_starts text[], header_middles text[], header_ends text[],
        ats text[], actors text[], actions text[], entity_types text[], entity_ids text[],
        befores text[], afters text[], reasons text[], import_ids integer[])
      RETURNS TABLE (last_seq bigint, last_hash text) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        head_seq bigint := 0;
        head_hash text := repeat('0', 64);
        found_seq bigint;
        found_hash text;
        hashes text[] := '{}';
        nul bytea := decode('00', 'hex');
      BEGIN
        PERFORM pg_advisory_xact_lock(write_lock);
        SELECT a.seq, a.hash INTO found_seq, found_hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
        IF FOUND THEN
          head_seq := found_seq;
          head_hash := found_hash;
        END IF;
        FOR i IN 1 .. coalesce(cardinality(ats), 0) LOOP
          hashes := hashes || encode(sha256(
            convert_to(header_starts[i] || coalesce(hashes[i - 1], head_hash) || header_middles[i]
              || (head_seq + i)::text || header_ends[i], 'UTF8')
            || nul || convert_to(coalesce(befores[i], 'null'), 'UTF8')
            || nul || convert_to(coalesce(afters[i], 'null'), 'UTF8')), 'hex');
        END LOOP;
        INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, before_json, after_json,
            reason, prev_hash, hash, import_id)
          SELECT head_seq + e.n, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.before_json,
            e.after_json, e.reason, coalesce(hashes[e.n::integer - 1], head_hash), hashes[e.n::integer], e.import_id
          FROM unnest(ats, actors, actions, entity_types, entity_ids, befores, afters, reasons, import_ids)
            WITH ORDINALITY AS e(at, actor, action, entity_type, entity_id, before_json, after_json,
              reason, import_id, n)
          ORDER BY e.n;
        PERFORM pg_notify(channel, json_build_object('entity', e.entity_type, 'id', e.entity_id,
            'seq', head_seq + e.n)::text)
          FROM unnest(entity_types, entity_ids) WITH ORDINALITY AS e(entity_type, entity_id, n)
          ORDER BY e.n;
        last_seq := head_seq + coalesce(cardinality(ats), 0);
        last_hash := coalesce(hashes[cardinality(hashes)], head_hash);
        RETURN NEXT;
      END $$;
    `);
  },
};
