import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { type DataSource, In, LessThan, MoreThan, type Repository } from 'typeorm';
import { hashSecret, newSecret, secretMatches } from '../common/secrets.js';
import { rowsOn } from '../common/time/weekly-rules.js';
import { Absence } from './entities/absence.entity.js';
import { Adviser, AdviserErrand } from './entities/adviser.entity.js';

export interface WorkingPeriod {
  location: { id: string; code: string; name: string; timeZone: string };
  starts: Date;
  ends: Date;
}

interface WorkingTimeRow {
  weekday: number;
  starts: string;
  ends: string;
  validFrom: string | null;
  validTo: string | null;
  locationId: string;
  code: string;
  name: string;
  timeZone: string;
}

const WORKING_TIMES_SQL = `
SELECT w.weekday, w.starts, w.ends, to_char(w.valid_from, 'YYYY-MM-DD') AS "validFrom",
       to_char(w.valid_to, 'YYYY-MM-DD') AS "validTo", l.id AS "locationId", l.code, l.name, l.time_zone AS "timeZone"
FROM working_times w JOIN locations l ON l.id = w.location_id
WHERE w.adviser_id = $1`;

@Injectable()
export class StaffingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Adviser) private readonly advisers: Repository<Adviser>,
    @InjectRepository(Absence) private readonly absences: Repository<Absence>,
  ) {}

  /** An adviser's absences that overlap [from, to), earliest first. */
  async absencesBetween(
    adviserId: string,
    from: Date,
    to: Date,
  ): Promise<{ starts: Date; ends: Date; reason: string }[]> {
    const rows = await this.absences.find({
      where: { adviserId, startsAt: LessThan(to), endsAt: MoreThan(from) },
      order: { startsAt: 'ASC' },
    });
    return rows.map((row) => ({ starts: row.startsAt, ends: row.endsAt, reason: row.reason }));
  }

  /** How many advisers in use handle the errand. */
  advisersHandling(errandId: string): Promise<number> {
    return this.advisers
      .createQueryBuilder('adviser')
      .innerJoin(AdviserErrand, 'ae', 'ae.adviserId = adviser.id AND ae.errandId = :errandId', { errandId })
      .where('adviser.active')
      .getCount();
  }

  /** A new secret for the adviser's calendar feed; the previous URL stops working. */
  async rotateFeedToken(adviserId: string): Promise<string> {
    const token = newSecret();
    await this.advisers.update({ id: adviserId }, { feedTokenHash: hashSecret(token) });
    return token;
  }

  /** Whether the adviser has a calendar feed URL (only its hash is kept: the URL cannot be shown again). */
  async hasFeedToken(adviserId: string): Promise<boolean> {
    const adviser = await this.advisers.findOne({
      where: { id: adviserId },
      select: { id: true, feedTokenHash: true },
    });
    return !!adviser?.feedTokenHash;
  }

  /** Advisers' ids by e-mail (as stored: lower case), for data files that name advisers by e-mail. */
  async idsByEmail(emails: string[]): Promise<Map<string, string>> {
    const rows = await this.advisers.find({
      where: { email: In(emails.map((email) => email.toLowerCase())) },
      select: { id: true, email: true },
    });
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  /** The adviser's name when `token` opens their feed; undefined otherwise (alike for every reason). */
  async feedName(adviserId: string, token: string): Promise<string | undefined> {
    const adviser = await this.advisers.findOne({
      where: { id: adviserId },
      select: { id: true, name: true, feedTokenHash: true },
    });
    return adviser?.feedTokenHash && secretMatches(token, adviser.feedTokenHash) ? adviser.name : undefined;
  }

  /** Where and when an adviser works on a local date, by the same weekly rules availability uses. */
  async workingTimeOn(adviserId: string, date: string): Promise<WorkingPeriod[]> {
    const rows = await this.dataSource.query<WorkingTimeRow[]>(WORKING_TIMES_SQL, [adviserId]);
    // A calendar date has the same weekday in every zone.
    const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
    return rowsOn(rows, date, weekday)
      .map((row) => ({
        location: { id: row.locationId, code: row.code, name: row.name, timeZone: row.timeZone },
        starts: DateTime.fromISO(`${date}T${row.starts}`, { zone: row.timeZone }).toJSDate(),
        ends: DateTime.fromISO(`${date}T${row.ends}`, { zone: row.timeZone }).toJSDate(),
      }))
      .sort((a, b) => a.starts.getTime() - b.starts.getTime());
  }
}
