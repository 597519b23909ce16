import type { PgMigration } from './migration';

/*
 * A case's edit writes all its fields (replacePgRecord), so the triggers that follow some of them fired
 * at every edit, whether those changed or not: its date, district and article copied again onto every
 * party and link row (four UPDATEs, each row rewritten, each table's statistics trigger run), and its
 * number and date written again into case_search_numbers. With a damage or a stage edited, that was
 * most of the edit's UPDATE. They now run only when a field they copy differs; an unchanged field's
 * copies already hold its value, and the years those rewrites recorded as changed (stored statistics,
 * migration 010) are the ones the case's own row records, or years whose figures count none of the
 * case's other fields (a verdict's year reads its case's district and article only).
 */
export const pgMigration013: PgMigration = {
  version: 13,
  name: 'unchanged-case-fields',
  up: async (client) => {
    await client.query(`
      DROP TRIGGER cases_copies ON cases;
      CREATE TRIGGER cases_copies AFTER UPDATE OF registered_on, district_id, article_id ON cases
        FOR EACH ROW
        WHEN ((OLD.registered_on, OLD.district_id, OLD.article_id)
          IS DISTINCT FROM (NEW.registered_on, NEW.district_id, NEW.article_id))
        EXECUTE FUNCTION nadzor_case_changed();

      DROP TRIGGER cases_search_number ON cases;
      CREATE TRIGGER cases_search_number AFTER INSERT OR DELETE ON cases
        FOR EACH ROW EXECUTE FUNCTION nadzor_search_number();
      CREATE TRIGGER cases_search_number_update AFTER UPDATE OF registry_number, registered_on ON cases
        FOR EACH ROW
        WHEN ((OLD.registry_number, OLD.registered_on) IS DISTINCT FROM (NEW.registry_number, NEW.registered_on))
        EXECUTE FUNCTION nadzor_search_number();
    `);
  },
};
