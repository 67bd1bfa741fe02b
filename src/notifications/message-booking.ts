import type { EntityManager } from 'typeorm';
import type { BookingForMessage } from './delivery.js';

/**
 * Read, never written: the booking, its errand (the version it was booked with), place and station
 * (none for a callback).
 */
const BOOKING_SQL = `
SELECT b.id, b.reference, b.status, b.starts_at, b.ends_at, b.sequence, b.updated_at, b.language,
       b.citizen_name, b.citizen_email, b.citizen_phone, b.cancelled_by, b.cancel_reason, b.last_call_at,
       l.id AS location_id, l.code AS location_code, l.name AS location_name, l.address AS location_address,
       l.time_zone, l.directions_da, l.directions_en,
       s.id AS station_id, s.name AS station_name,
       e.code AS errand_code, e.name_da, e.name_en, e.documents_da, e.documents_en, e.fee_da, e.fee_en
FROM bookings b
JOIN locations l ON l.id = b.location_id
LEFT JOIN stations s ON s.id = b.station_id
JOIN errands e ON e.id = b.errand_id
WHERE b.id = ANY($1::uuid[])`;

type Row = Record<string, unknown> & {
  starts_at: Date;
  ends_at: Date;
  updated_at: Date;
  last_call_at: Date | null;
  documents_da: string[];
  documents_en: string[];
};

/** The bookings of a batch of messages, read in one query, by id (a deleted one is absent). */
export async function bookingsForMessages(
  manager: EntityManager,
  bookingIds: string[],
): Promise<Map<string, BookingForMessage>> {
  const rows = await manager.query<Row[]>(BOOKING_SQL, [[...new Set(bookingIds)]]);
  return new Map(rows.map((row) => [row.id as string, toBooking(row)]));
}

function toBooking(row: Row): BookingForMessage {
  const text = (column: string) => row[column] as string;
  const maybe = (column: string) => row[column] as string | null;
  return {
    id: text('id'),
    reference: text('reference'),
    status: text('status'),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    sequence: row.sequence as number,
    updatedAt: row.updated_at,
    language: text('language') as BookingForMessage['language'],
    citizenName: maybe('citizen_name'),
    citizenEmail: maybe('citizen_email'),
    citizenPhone: maybe('citizen_phone'),
    cancelledBy: maybe('cancelled_by') as BookingForMessage['cancelledBy'],
    cancelReason: maybe('cancel_reason'),
    lastCallAt: row.last_call_at,
    location: {
      id: text('location_id'),
      code: text('location_code'),
      name: text('location_name'),
      address: text('location_address'),
      timeZone: text('time_zone'),
      directions: { da: maybe('directions_da'), en: maybe('directions_en') },
    },
    stationId: maybe('station_id'),
    station: row.station_id === null ? null : { id: text('station_id'), name: text('station_name') },
    errand: {
      code: text('errand_code'),
      name: { da: text('name_da'), en: text('name_en') },
      documents: { da: row.documents_da, en: row.documents_en },
      fee: { da: text('fee_da'), en: text('fee_en') },
    },
  };
}
