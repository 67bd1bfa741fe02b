import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { RecordNotFoundError } from '../common/errors/domain-error.js';
import { localDayBounds } from '../common/time/local-date.js';

/** Where absences are read by date, and where an adviser's time is told when they work nowhere yet. */
export const STAFFING_ZONE = 'Europe/Copenhagen';
/** A list of absences answers at most this many, earliest first. */
export const MAX_ABSENCES = 500;

export interface AdviserSummary {
  id: string;
  name: string;
  email: string;
  active: boolean;
  /** Codes of the errands they handle. */
  errands: string[];
  /** Codes of the locations they have working time at. */
  locations: string[];
}

/** One weekly row exactly as PUT /admin/advisers/{id}/working-times takes it. */
export interface WorkingTimeRow {
  weekday: number;
  location: string;
  starts: string;
  ends: string;
  validFrom?: string;
  validTo?: string;
}

export interface AbsenceRow {
  id: string;
  adviserId: string;
  adviserName: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
}

export interface AdviserDetail extends AdviserSummary {
  /** The zone of the first place they work (the municipality's when none): their absences' dates. */
  timeZone: string;
  times: WorkingTimeRow[];
  /** Absences that have not ended yet, earliest first. */
  absences: AbsenceRow[];
}

export interface AbsenceFilter {
  adviserId?: string;
  /** Local dates in STAFFING_ZONE, both inclusive; `from` defaults to today. */
  from?: string;
  to?: string;
}

const ADVISERS_SQL = `
SELECT a.id, a.name, a.email, a.active,
       ARRAY(SELECT e.code FROM adviser_errands ae JOIN errands e ON e.id = ae.errand_id
             WHERE ae.adviser_id = a.id ORDER BY e.code) AS errands,
       ARRAY(SELECT DISTINCT l.code FROM working_times w JOIN locations l ON l.id = w.location_id
             WHERE w.adviser_id = a.id ORDER BY l.code) AS locations
FROM advisers a
WHERE $1::uuid IS NULL OR a.id = $1::uuid
ORDER BY a.name, a.email`;

const TIMES_SQL = `
SELECT w.weekday, l.code AS location, to_char(w.starts, 'HH24:MI') AS starts, to_char(w.ends, 'HH24:MI') AS ends,
       to_char(w.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(w.valid_to, 'YYYY-MM-DD') AS "validTo",
       l.time_zone AS "timeZone"
FROM working_times w JOIN locations l ON l.id = w.location_id
WHERE w.adviser_id = $1
ORDER BY w.valid_from NULLS FIRST, w.valid_to NULLS FIRST, w.weekday, w.starts, l.code`;

const ABSENCES_SQL = `
SELECT b.id, b.adviser_id AS "adviserId", a.name AS "adviserName", b.starts_at AS "startsAt",
       b.ends_at AS "endsAt", b.reason
FROM absences b JOIN advisers a ON a.id = b.adviser_id
WHERE ($1::uuid IS NULL OR b.adviser_id = $1::uuid) AND b.ends_at > $2
  AND ($3::timestamptz IS NULL OR b.starts_at < $3) AND ($4::uuid IS NULL OR b.id = $4::uuid)
ORDER BY b.starts_at, a.name
LIMIT ${MAX_ABSENCES}`;

type TimeRow = Omit<WorkingTimeRow, 'validFrom' | 'validTo'> & {
  validFrom: string | null;
  validTo: string | null;
  timeZone: string;
};

/**
 * What the administration reads back of the advisers it maintains: every adviser with their
 * errands and places, one adviser with the weekly working time in the very shape the admin API
 * writes it (read → edit → write round-trips), and absences by adviser and dates.
 */
@Injectable()
export class AdviserQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Every adviser, in use or not, by name. */
  list(): Promise<AdviserSummary[]> {
    return this.dataSource.query<AdviserSummary[]>(ADVISERS_SQL, [null]);
  }

  async detail(id: string): Promise<AdviserDetail> {
    const [summary] = await this.dataSource.query<AdviserSummary[]>(ADVISERS_SQL, [id]);
    if (!summary) throw new RecordNotFoundError('adviser', id);
    const [rows, absences] = await Promise.all([
      this.dataSource.query<TimeRow[]>(TIMES_SQL, [id]),
      this.absenceRows(id, this.clock.now()),
    ]);
    const times = rows.map(({ timeZone: _zone, validFrom, validTo, ...row }) => ({
      ...row,
      ...(validFrom !== null && { validFrom }),
      ...(validTo !== null && { validTo }),
    }));
    return { ...summary, timeZone: rows[0]?.timeZone ?? STAFFING_ZONE, times, absences };
  }

  /** Absences that overlap the filter's days, earliest first (at most MAX_ABSENCES). */
  absences(filter: AbsenceFilter): Promise<AbsenceRow[]> {
    const from = filter.from ?? DateTime.fromJSDate(this.clock.now(), { zone: STAFFING_ZONE }).toISODate()!;
    const to = filter.to === undefined ? null : localDayBounds(filter.to, STAFFING_ZONE).to;
    return this.absenceRows(filter.adviserId ?? null, localDayBounds(from, STAFFING_ZONE).from, to);
  }

  /** One absence with its adviser's name; 404 NOT_FOUND when there is none. */
  async absence(id: string): Promise<AbsenceRow> {
    const [row] = await this.dataSource.query<AbsenceRow[]>(ABSENCES_SQL, [null, new Date(0), null, id]);
    if (!row) throw new RecordNotFoundError('absence', id);
    return row;
  }

  private absenceRows(adviserId: string | null, endsAfter: Date, startsBefore: Date | null = null) {
    return this.dataSource.query<AbsenceRow[]>(ABSENCES_SQL, [adviserId, endsAfter, startsBefore, null]);
  }
}
