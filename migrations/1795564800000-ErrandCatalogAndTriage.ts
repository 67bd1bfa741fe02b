import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The errand catalog (errands, self-service options, triage questions and rules) and triage sessions. */
export class ErrandCatalogAndTriage1795564800000 implements MigrationInterface {
  name = 'ErrandCatalogAndTriage1795564800000';

  async up(db: QueryRunner): Promise<void> {
    // Free-text errand search: trigram similarity on accent-folded text ("korekort" finds "kørekort").
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);

    await db.query(`
      CREATE TABLE errands (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name_da text NOT NULL,
        name_en text NOT NULL,
        description_da text NOT NULL,
        description_en text NOT NULL,
        visit_minutes integer NOT NULL,
        documents_da text[] NOT NULL,
        documents_en text[] NOT NULL,
        fee_da text NOT NULL,
        fee_en text NOT NULL,
        keywords_da text[] NOT NULL,
        keywords_en text[] NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_errands PRIMARY KEY (id),
        CONSTRAINT uq_errands_code UNIQUE (code),
        CONSTRAINT ck_errands_code CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        CONSTRAINT ck_errands_visit_minutes CHECK (visit_minutes BETWEEN 1 AND 480)
      )`);

    await db.query(`
      CREATE TABLE self_service_options (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        errand_id uuid NOT NULL,
        key text NOT NULL,
        position integer NOT NULL,
        channel text NOT NULL,
        title_da text NOT NULL,
        title_en text NOT NULL,
        url text,
        where_da text NOT NULL,
        where_en text NOT NULL,
        who_da text NOT NULL,
        who_en text NOT NULL,
        CONSTRAINT pk_self_service_options PRIMARY KEY (id),
        CONSTRAINT fk_self_service_options_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE CASCADE,
        CONSTRAINT uq_self_service_options_errand_key UNIQUE (errand_id, key),
        CONSTRAINT uq_self_service_options_errand_position UNIQUE (errand_id, position),
        CONSTRAINT ck_self_service_options_channel
          CHECK (channel IN ('online', 'app', 'library', 'hotline', 'chat', 'bank', 'kiosk', 'post')),
        CONSTRAINT ck_self_service_options_url CHECK (url ~ '^https://')
      )`);

    await db.query(`
      CREATE TABLE triage_questions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        errand_id uuid NOT NULL,
        key text NOT NULL,
        position integer NOT NULL,
        text_da text NOT NULL,
        text_en text NOT NULL,
        help_da text,
        help_en text,
        required boolean NOT NULL,
        CONSTRAINT pk_triage_questions PRIMARY KEY (id),
        CONSTRAINT fk_triage_questions_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE CASCADE,
        CONSTRAINT uq_triage_questions_errand_key UNIQUE (errand_id, key),
        CONSTRAINT uq_triage_questions_errand_position UNIQUE (errand_id, position),
        CONSTRAINT ck_triage_questions_key CHECK (key ~ '^[a-z][a-z0-9_]{0,59}$')
      )`);

    await db.query(`
      CREATE TABLE triage_rules (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        errand_id uuid NOT NULL,
        key text NOT NULL,
        position integer NOT NULL,
        conditions jsonb NOT NULL,
        outcome text NOT NULL,
        reason_da text NOT NULL,
        reason_en text NOT NULL,
        option_keys text[] NOT NULL,
        CONSTRAINT pk_triage_rules PRIMARY KEY (id),
        CONSTRAINT fk_triage_rules_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE CASCADE,
        CONSTRAINT uq_triage_rules_errand_key UNIQUE (errand_id, key),
        CONSTRAINT uq_triage_rules_errand_position UNIQUE (errand_id, position),
        CONSTRAINT ck_triage_rules_conditions CHECK (jsonb_typeof(conditions) = 'array'),
        CONSTRAINT ck_triage_rules_outcome CHECK (outcome IN ('self_service', 'visit'))
      )`);

    await db.query(`
      CREATE TABLE triage_sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        errand_id uuid NOT NULL,
        answers jsonb NOT NULL,
        outcome text NOT NULL,
        rule_key text NOT NULL,
        reason_da text NOT NULL,
        reason_en text NOT NULL,
        option_keys text[] NOT NULL,
        source text NOT NULL DEFAULT 'online',
        language text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_triage_sessions PRIMARY KEY (id),
        CONSTRAINT fk_triage_sessions_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE RESTRICT,
        CONSTRAINT ck_triage_sessions_answers CHECK (jsonb_typeof(answers) = 'object'),
        CONSTRAINT ck_triage_sessions_outcome CHECK (outcome IN ('self_service', 'visit')),
        CONSTRAINT ck_triage_sessions_source CHECK (source IN ('online', 'reception')),
        CONSTRAINT ck_triage_sessions_language CHECK (language IN ('da', 'en')),
        CONSTRAINT ck_triage_sessions_expiry CHECK (expires_at > created_at)
      )`);
    // Statistics read triage sessions by period and errand.
    await db.query(`CREATE INDEX ix_triage_sessions_created_at ON triage_sessions (created_at)`);
    await db.query(`CREATE INDEX ix_triage_sessions_errand ON triage_sessions (errand_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE triage_sessions`);
    await db.query(`DROP TABLE triage_rules`);
    await db.query(`DROP TABLE triage_questions`);
    await db.query(`DROP TABLE self_service_options`);
    await db.query(`DROP TABLE errands`);
  }
}
