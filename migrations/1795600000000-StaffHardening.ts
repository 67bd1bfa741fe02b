import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff sign-in made safe to open to the public: a token version per account (a password change,
 * reset or deactivation ends every token issued before), one-time passwords that must be changed,
 * failed sign-ins counted per client address too, and the locations each account may work at.
 */
export class StaffHardening1795600000000 implements MigrationInterface {
  name = 'StaffHardening1795600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE staff_accounts
        ADD COLUMN token_version integer NOT NULL DEFAULT 0,
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);

    await db.query(`
      CREATE TABLE login_failures_by_ip (
        ip text NOT NULL,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        CONSTRAINT pk_login_failures_by_ip PRIMARY KEY (ip)
      )`);

    await db.query(`
      CREATE TABLE staff_account_locations (
        account_id uuid NOT NULL,
        location_id uuid NOT NULL,
        CONSTRAINT pk_staff_account_locations PRIMARY KEY (account_id, location_id),
        CONSTRAINT fk_staff_account_locations_account
          FOREIGN KEY (account_id) REFERENCES staff_accounts (id) ON DELETE CASCADE,
        CONSTRAINT fk_staff_account_locations_location
          FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE CASCADE
      )`);
    // Deleting a location looks up the accounts bound to it.
    await db.query(
      `CREATE INDEX ix_staff_account_locations_location ON staff_account_locations (location_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE staff_account_locations`);
    await db.query(`DROP TABLE login_failures_by_ip`);
    await db.query(`
      ALTER TABLE staff_accounts
        DROP COLUMN must_change_password,
        DROP COLUMN token_version`);
  }
}
