import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CancelBookingDto } from '../../../bookings/dto/booking.dto.js';

export type CancelCheck =
  { ok: true; reason?: string } | { ok: false; problem: 'reasonCpr' | 'reasonTooLong' };

/** The optional reason, checked by the API's own rules (CancelBookingDto: trimmed, ≤ 500, no CPR number). */
export async function checkCancelReason(raw: unknown): Promise<CancelCheck> {
  const dto = plainToInstance(CancelBookingDto, { reason: typeof raw === 'string' ? raw : undefined });
  const [error] = await validate(dto);
  if (!error) return { ok: true, reason: dto.reason === '' ? undefined : dto.reason };
  return { ok: false, problem: error.constraints?.noCpr ? 'reasonCpr' : 'reasonTooLong' };
}
