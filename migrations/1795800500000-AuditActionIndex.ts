import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail by action: the log page filters on it and lists the actions there are (a skip
 * scan over this index, not a pass over every row), and an absence's page finds the visits it
 * moved (`absence.visit-moved` rows).
 */
export class AuditActionIndex1795800500000 implements MigrationInterface {
  name = 'AuditActionIndex1795800500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_audit_events_action ON audit_events (action, occurred_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_audit_events_action`);
  }
}
