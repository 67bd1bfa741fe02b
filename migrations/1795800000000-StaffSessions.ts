import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions of the staff pages (the API keeps its bearer tokens). Only a SHA-256 of the
 * cookie's random value is stored, so a copy of the table signs nobody in. A session ends when it
 * has been idle too long, at its absolute end, or when the account's token version moves on
 * (password changed or reset, account deactivated).
 */
export class StaffSessions1795800000000 implements MigrationInterface {
  name = 'StaffSessions1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_sessions (
        token_hash bytea NOT NULL,
        account_id uuid NOT NULL,
        token_version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_staff_sessions PRIMARY KEY (token_hash),
        CONSTRAINT fk_staff_sessions_account FOREIGN KEY (account_id)
          REFERENCES staff_accounts(id) ON DELETE CASCADE,
        CONSTRAINT ck_staff_sessions_hash CHECK (octet_length(token_hash) = 32)
      )`);
    await queryRunner.query('CREATE INDEX ix_staff_sessions_account ON staff_sessions (account_id)');
    await queryRunner.query('CREATE INDEX ix_staff_sessions_expires ON staff_sessions (expires_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE staff_sessions');
  }
}
