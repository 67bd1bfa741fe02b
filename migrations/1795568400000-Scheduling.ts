import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where and when visits can happen (locations, stations, opening hours, closures; advisers, their
 * working time and absences) and the bookings themselves. The database makes double booking
 * impossible: exclusion constraints forbid overlapping active bookings per station and per adviser.
 */
export class Scheduling1795568400000 implements MigrationInterface {
  name = 'Scheduling1795568400000';

  async up(db: QueryRunner): Promise<void> {
    // GiST exclusion constraints over (uuid =, tstzrange &&) need btree_gist for the equality part.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await db.query(`
      CREATE TABLE locations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        address text NOT NULL,
        time_zone text NOT NULL DEFAULT 'Europe/Copenhagen',
        slot_minutes integer NOT NULL DEFAULT 15,
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT pk_locations PRIMARY KEY (id),
        CONSTRAINT uq_locations_code UNIQUE (code),
        CONSTRAINT ck_locations_code CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        CONSTRAINT ck_locations_kind CHECK (kind IN ('citizen_service', 'library', 'mobile')),
        CONSTRAINT ck_locations_slot_minutes CHECK (slot_minutes IN (5, 10, 15, 20, 30, 60))
      )`);

    await db.query(`
      CREATE TABLE stations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL,
        name text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT pk_stations PRIMARY KEY (id),
        CONSTRAINT fk_stations_location FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
        CONSTRAINT uq_stations_location_name UNIQUE (location_id, name)
      )`);

    await db.query(`
      CREATE TABLE station_errands (
        station_id uuid NOT NULL,
        errand_id uuid NOT NULL,
        CONSTRAINT pk_station_errands PRIMARY KEY (station_id, errand_id),
        CONSTRAINT fk_station_errands_station FOREIGN KEY (station_id) REFERENCES stations (id) ON DELETE CASCADE,
        CONSTRAINT fk_station_errands_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_station_errands_errand ON station_errands (errand_id)`);

    await db.query(`
      CREATE TABLE opening_hours (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL,
        weekday smallint NOT NULL,
        opens time NOT NULL,
        closes time NOT NULL,
        valid_from date,
        valid_to date,
        CONSTRAINT pk_opening_hours PRIMARY KEY (id),
        CONSTRAINT fk_opening_hours_location FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE CASCADE,
        CONSTRAINT ck_opening_hours_weekday CHECK (weekday BETWEEN 1 AND 7),
        CONSTRAINT ck_opening_hours_times CHECK (opens < closes),
        CONSTRAINT ck_opening_hours_validity CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
      )`);
    await db.query(`CREATE INDEX ix_opening_hours_location ON opening_hours (location_id)`);

    await db.query(`
      CREATE TABLE closures (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        location_id uuid,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        reason text NOT NULL,
        CONSTRAINT pk_closures PRIMARY KEY (id),
        CONSTRAINT fk_closures_location FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE CASCADE,
        CONSTRAINT ck_closures_period CHECK (starts_on <= ends_on)
      )`);
    await db.query(`CREATE INDEX ix_closures_period ON closures (starts_on, ends_on)`);

    await db.query(`
      CREATE TABLE advisers (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        email text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT pk_advisers PRIMARY KEY (id),
        CONSTRAINT uq_advisers_email UNIQUE (email)
      )`);

    await db.query(`
      CREATE TABLE adviser_errands (
        adviser_id uuid NOT NULL,
        errand_id uuid NOT NULL,
        CONSTRAINT pk_adviser_errands PRIMARY KEY (adviser_id, errand_id),
        CONSTRAINT fk_adviser_errands_adviser FOREIGN KEY (adviser_id) REFERENCES advisers (id) ON DELETE CASCADE,
        CONSTRAINT fk_adviser_errands_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX ix_adviser_errands_errand ON adviser_errands (errand_id)`);

    await db.query(`
      CREATE TABLE working_times (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        adviser_id uuid NOT NULL,
        location_id uuid NOT NULL,
        weekday smallint NOT NULL,
        starts time NOT NULL,
        ends time NOT NULL,
        valid_from date,
        valid_to date,
        CONSTRAINT pk_working_times PRIMARY KEY (id),
        CONSTRAINT fk_working_times_adviser FOREIGN KEY (adviser_id) REFERENCES advisers (id) ON DELETE CASCADE,
        CONSTRAINT fk_working_times_location FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE CASCADE,
        CONSTRAINT ck_working_times_weekday CHECK (weekday BETWEEN 1 AND 7),
        CONSTRAINT ck_working_times_times CHECK (starts < ends),
        CONSTRAINT ck_working_times_validity CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
      )`);
    await db.query(`CREATE INDEX ix_working_times_adviser ON working_times (adviser_id)`);
    await db.query(`CREATE INDEX ix_working_times_location ON working_times (location_id)`);

    await db.query(`
      CREATE TABLE absences (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        adviser_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        reason text NOT NULL,
        CONSTRAINT pk_absences PRIMARY KEY (id),
        CONSTRAINT fk_absences_adviser FOREIGN KEY (adviser_id) REFERENCES advisers (id) ON DELETE CASCADE,
        CONSTRAINT ck_absences_period CHECK (starts_at < ends_at)
      )`);
    await db.query(`CREATE INDEX ix_absences_adviser ON absences (adviser_id, starts_at)`);

    await db.query(`
      CREATE TABLE bookings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        reference text NOT NULL,
        manage_token_hash bytea NOT NULL,
        triage_id uuid NOT NULL,
        errand_id uuid NOT NULL,
        location_id uuid NOT NULL,
        station_id uuid NOT NULL,
        adviser_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'booked',
        sequence integer NOT NULL DEFAULT 0,
        source text NOT NULL DEFAULT 'online',
        citizen_name text NOT NULL,
        citizen_email text,
        citizen_phone text,
        language text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        cancel_reason text,
        CONSTRAINT pk_bookings PRIMARY KEY (id),
        CONSTRAINT uq_bookings_reference UNIQUE (reference),
        CONSTRAINT fk_bookings_triage FOREIGN KEY (triage_id) REFERENCES triage_sessions (id) ON DELETE RESTRICT,
        CONSTRAINT fk_bookings_errand FOREIGN KEY (errand_id) REFERENCES errands (id) ON DELETE RESTRICT,
        CONSTRAINT fk_bookings_location FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
        CONSTRAINT fk_bookings_station FOREIGN KEY (station_id) REFERENCES stations (id) ON DELETE RESTRICT,
        CONSTRAINT fk_bookings_adviser FOREIGN KEY (adviser_id) REFERENCES advisers (id) ON DELETE RESTRICT,
        CONSTRAINT ck_bookings_period CHECK (starts_at < ends_at),
        CONSTRAINT ck_bookings_status CHECK (status IN ('booked', 'cancelled')),
        CONSTRAINT ck_bookings_language CHECK (language IN ('da', 'en')),
        CONSTRAINT ck_bookings_source CHECK (source IN ('online', 'walk_in')),
        CONSTRAINT ex_bookings_station_overlap EXCLUDE USING gist
          (station_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status <> 'cancelled'),
        CONSTRAINT ex_bookings_adviser_overlap EXCLUDE USING gist
          (adviser_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status <> 'cancelled')
      )`);
    // At most one active booking per triage.
    await db.query(
      `CREATE UNIQUE INDEX uq_bookings_triage_active ON bookings (triage_id) WHERE status <> 'cancelled'`,
    );
    await db.query(`CREATE INDEX ix_bookings_location_start ON bookings (location_id, starts_at)`);
    await db.query(
      `CREATE INDEX ix_bookings_citizen_email ON bookings (citizen_email) WHERE citizen_email IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX ix_bookings_citizen_phone ON bookings (citizen_phone) WHERE citizen_phone IS NOT NULL`,
    );

    // Idempotency-Key replays. The key and the stored answer are kept only in a form that needs the
    // key itself to read: a hash, and the answer encrypted with a key derived from it.
    await db.query(`
      CREATE TABLE idempotency_records (
        key_hash bytea NOT NULL,
        request_hash bytea NOT NULL,
        status_code integer,
        response bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_idempotency_records PRIMARY KEY (key_hash)
      )`);
    await db.query(`CREATE INDEX ix_idempotency_records_created_at ON idempotency_records (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_records',
      'bookings',
      'absences',
      'working_times',
      'adviser_errands',
      'advisers',
      'closures',
      'opening_hours',
      'station_errands',
      'stations',
      'locations',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
