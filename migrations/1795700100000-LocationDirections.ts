import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How to get to a place ("Indgang fra torvet, elevator til 1. sal"), per language, for the public
 * places page and GET /locations. Nullable: a place without directions shows its address only.
 */
export class LocationDirections1795700100000 implements MigrationInterface {
  name = 'LocationDirections1795700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE locations ADD COLUMN directions_da text, ADD COLUMN directions_en text',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE locations DROP COLUMN directions_da, DROP COLUMN directions_en');
  }
}
