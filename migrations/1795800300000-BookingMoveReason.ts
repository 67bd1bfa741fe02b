import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why reception moved a visit for a citizen (on the phone, at the desk): kept on the booking beside
 * the cancel reason, erased with it by the retention sweep. Null for the citizen's own moves.
 */
export class BookingMoveReason1795800300000 implements MigrationInterface {
  name = 'BookingMoveReason1795800300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE bookings ADD COLUMN move_reason text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE bookings DROP COLUMN move_reason');
  }
}
