import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every errand's definition as it was when it was saved, in the data-file format, so that every
 * triage can keep the version that decided it.
 */
export const DEFINITION_OF_ERRAND = `
jsonb_build_object(
  'code', e.code,
  'name', jsonb_build_object('da', e.name_da, 'en', e.name_en),
  'description', jsonb_build_object('da', e.description_da, 'en', e.description_en),
  'visitMinutes', e.visit_minutes,
  'documents', jsonb_build_object('da', to_jsonb(e.documents_da), 'en', to_jsonb(e.documents_en)),
  'fee', jsonb_build_object('da', e.fee_da, 'en', e.fee_en),
  'keywords', jsonb_build_object('da', to_jsonb(e.keywords_da), 'en', to_jsonb(e.keywords_en)),
  'selfService', coalesce((
    SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
      'key', o.key, 'channel', o.channel,
      'title', jsonb_build_object('da', o.title_da, 'en', o.title_en),
      'url', o.url,
      'where', jsonb_build_object('da', o.where_da, 'en', o.where_en),
      'who', jsonb_build_object('da', o.who_da, 'en', o.who_en))) ORDER BY o.position)
    FROM self_service_options o WHERE o.errand_id = e.id), '[]'::jsonb),
  'questions', coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'key', q.key, 'required', q.required,
      'text', jsonb_build_object('da', q.text_da, 'en', q.text_en))
      || CASE WHEN q.help_da IS NULL OR q.help_en IS NULL THEN '{}'::jsonb
         ELSE jsonb_build_object('help', jsonb_build_object('da', q.help_da, 'en', q.help_en)) END
      ORDER BY q.position)
    FROM triage_questions q WHERE q.errand_id = e.id), '[]'::jsonb),
  'rules', coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'key', r.key, 'when', r.conditions, 'outcome', r.outcome,
      'reason', jsonb_build_object('da', r.reason_da, 'en', r.reason_en))
      || CASE WHEN cardinality(r.option_keys) = 0 THEN '{}'::jsonb
         ELSE jsonb_build_object('options', to_jsonb(r.option_keys)) END
      ORDER BY r.position)
    FROM triage_rules r WHERE r.errand_id = e.id), '[]'::jsonb)
)`;

/**
 * Versioned triage rules. `errand_versions` holds each errand's definition per version; the
 * errand's row says which version is current; each triage keeps the version that decided it.
 * Existing errands get version 1 (their definition now), and existing triages that version: the
 * best record there is of what decided them (their rule key, reason and options were stored with
 * them and stay as they were).
 */
export class ErrandVersions1795800100000 implements MigrationInterface {
  name = 'ErrandVersions1795800100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE errand_versions (
        errand_id uuid NOT NULL,
        version integer NOT NULL,
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        CONSTRAINT pk_errand_versions PRIMARY KEY (errand_id, version),
        CONSTRAINT fk_errand_versions_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE CASCADE,
        CONSTRAINT ck_errand_versions_version CHECK (version >= 1),
        CONSTRAINT ck_errand_versions_definition CHECK (jsonb_typeof(definition) = 'object')
      )`);
    await queryRunner.query(
      `INSERT INTO errand_versions (errand_id, version, definition) SELECT e.id, 1, ${DEFINITION_OF_ERRAND} FROM errands e`,
    );
    // A constant default fills existing rows without rewriting the table; new rows must say.
    await queryRunner.query('ALTER TABLE errands ADD COLUMN version integer NOT NULL DEFAULT 1');
    await queryRunner.query('ALTER TABLE errands ALTER COLUMN version DROP DEFAULT');
    await queryRunner.query('ALTER TABLE errands ADD CONSTRAINT ck_errands_version CHECK (version >= 1)');
    await queryRunner.query(
      'ALTER TABLE triage_sessions ADD COLUMN errand_version integer NOT NULL DEFAULT 1',
    );
    await queryRunner.query('ALTER TABLE triage_sessions ALTER COLUMN errand_version DROP DEFAULT');
    await queryRunner.query(`
      ALTER TABLE triage_sessions ADD CONSTRAINT fk_triage_sessions_errand_version
        FOREIGN KEY (errand_id, errand_version) REFERENCES errand_versions (errand_id, version) ON DELETE RESTRICT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE triage_sessions DROP COLUMN errand_version');
    await queryRunner.query('ALTER TABLE errands DROP COLUMN version');
    await queryRunner.query('DROP TABLE errand_versions');
  }
}
