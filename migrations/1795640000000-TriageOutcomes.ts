import type { MigrationInterface, QueryRunner } from 'typeorm';

const NEW = `('self_service', 'visit', 'not_yet', 'elsewhere')`;
const OLD = `('self_service', 'visit')`;

/**
 * Triage can also say "not yet" (come back later, e.g. a driving licence renewed more than three
 * months early) and "elsewhere" (another authority handles it): neither books a visit.
 */
export class TriageOutcomes1795640000000 implements MigrationInterface {
  name = 'TriageOutcomes1795640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.outcomes(queryRunner, NEW);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.outcomes(queryRunner, OLD);
  }

  private async outcomes(queryRunner: QueryRunner, allowed: string): Promise<void> {
    for (const table of ['triage_rules', 'triage_sessions']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ck_${table}_outcome`);
      await queryRunner.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ck_${table}_outcome CHECK (outcome IN ${allowed})`,
      );
    }
  }
}
