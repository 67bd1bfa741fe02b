import { randomUUID } from 'node:crypto';
import { formatReference, newReference } from '../../src/bookings/booking-secrets.js';
import { hashSecret } from '../../src/common/secrets.js';
import { givenAdviser, givenLocation, type GivenLocation } from './factories.js';
import type { TestApp } from './test-app.js';

/*
 * What the hotline's tests share: a hotline place (HOTL, the phone desk: no stations, weekdays
 * 08:00-16:00) where Louise Holm works the phone hours, and a citizen service office (MAIN) where
 * MitID visits can be booked. Callbacks are written straight into the tables, as area A's booking
 * of them would (a `callback` triage and a booking without a station).
 */

/** A Wednesday morning, before the first call. */
export const HOTLINE_NOW = '2026-11-25T08:30:00+01:00';
export const HOTLINE_ERRANDS = ['MITID_NY', 'FOLKEPENSION'];

export interface HotlineWorld {
  hotline: GivenLocation;
  main: GivenLocation;
  louise: string;
  /** An adviser at MAIN, for the visits booked from calls. */
  mette: string;
}

export async function givenHotlineWorld(t: TestApp): Promise<HotlineWorld> {
  const hotline = await givenLocation(t, {
    code: 'HOTL',
    name: 'Borgerservice Hotline',
    kind: 'hotline',
    stations: [],
    hours: [{ from: '08:00', to: '16:00' }],
  });
  const main = await givenLocation(t, {
    code: 'MAIN',
    name: 'Borgerservice Ebeltoft',
    stations: [{ name: 'Skranke 1', errands: HOTLINE_ERRANDS }],
  });
  const louise = await givenAdviser(t, {
    name: 'Louise Holm',
    errands: HOTLINE_ERRANDS,
    works: [{ at: hotline, hours: [{ from: '08:00', to: '16:00' }] }],
  });
  const mette = await givenAdviser(t, {
    name: 'Mette Sørensen',
    errands: HOTLINE_ERRANDS,
    works: [{ at: main, hours: [{ from: '09:00', to: '16:00' }] }],
  });
  return { hotline, main, louise, mette };
}

export interface CallbackSpec {
  location: GivenLocation;
  adviser: string;
  /** Instant with offset. */
  start: string;
  minutes?: number;
  errand?: string;
  name?: string | null;
  phone?: string;
  email?: string | null;
  answers?: Record<string, boolean>;
  /** The citizen asked for SMS messages too. */
  sms?: boolean;
  /** The manage token (the citizen's link); default an unknown one. */
  token?: string;
}

export interface GivenCallback {
  id: string;
  /** As people read it: "ABCD-EFGH". */
  reference: string;
  triageId: string;
}

/** A booked callback: its `callback` triage (online) and the booking without a station. */
export async function givenCallback(t: TestApp, spec: CallbackSpec): Promise<GivenCallback> {
  const errand = spec.errand ?? 'MITID_NY';
  const [row] = await t.dataSource.query<{ id: string; version: number }[]>(
    'SELECT id, version FROM errands WHERE code = $1',
    [errand],
  );
  const now = t.clock.now();
  const triageId = randomUUID();
  await t.dataSource.query(
    `INSERT INTO triage_sessions (id, errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
       option_keys, source, language, created_at, expires_at)
     VALUES ($1, $2, $3, $4, 'callback', 'mitid-trouble', 'Vi ringer dig op.', 'We call you.', '{}', 'online', 'da',
       $5, $5::timestamptz + interval '1 day')`,
    [
      triageId,
      row.id,
      row.version,
      JSON.stringify(spec.answers ?? { mitid_stopped_working: true, has_chip_id: true, has_cpr: true }),
      now,
    ],
  );
  const reference = newReference();
  const starts = new Date(spec.start);
  const ends = new Date(starts.getTime() + (spec.minutes ?? 20) * 60_000);
  const phone = spec.phone ?? '20 30 40 50';
  const [booking] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO bookings (reference, manage_token_hash, triage_id, errand_id, location_id, station_id, adviser_id,
       starts_at, ends_at, status, citizen_name, citizen_email, citizen_phone, citizen_phone_normalized, language,
       source, created_at, updated_at, sms_reminders)
     VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $8, 'booked', $9, $10, $11, $12, 'da', 'online', $13, $13, $14)
     RETURNING id`,
    [
      reference,
      hashSecret(spec.token ?? randomUUID()),
      triageId,
      row.id,
      spec.location.id,
      spec.adviser,
      starts,
      ends,
      spec.name === undefined ? 'Karen Jensen' : spec.name,
      spec.email === undefined ? null : spec.email,
      phone,
      phone.replace(/\D/g, '').slice(-8),
      now,
      spec.sms ?? false,
    ],
  );
  return { id: booking.id, reference: formatReference(reference), triageId };
}

/** The stored callback's columns the hotline writes. */
export async function callbackRow(t: TestApp, callback: Pick<GivenCallback, 'id'>) {
  const [row] = await t.dataSource.query<Record<string, unknown>[]>(
    `SELECT status, started_at, completed_at, outcome, call_attempts, last_call_at, guidance_option
     FROM bookings WHERE id = $1`,
    [callback.id],
  );
  return row;
}
