import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: who (a staff account id) did what (an action name) when, to which bookings
 * (references) and objects (ids and codes). No personal data in a row: names and contacts stay in
 * the bookings, where retention erases them.
 */
export class AuditEvents1795600100000 implements MigrationInterface {
  name = 'AuditEvents1795600100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL,
        actor_id uuid NOT NULL,
        action text NOT NULL,
        bookings text[] NOT NULL,
        objects text[] NOT NULL,
        CONSTRAINT pk_audit_events PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX ix_audit_events_occurred_at ON audit_events (occurred_at)`);
    await db.query(`CREATE INDEX ix_audit_events_actor ON audit_events (actor_id, occurred_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_events`);
  }
}
