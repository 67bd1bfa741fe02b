import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, type DataSource } from 'typeorm';
import { hashSecret, newManageToken, secretMatches } from '../bookings/booking-secrets.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import { Clock } from '../common/clock/clock.js';
import { FeedNotFoundError } from './calendars.errors.js';
import { staffCalendar } from './staff-calendar.js';

const DAY_MS = 86_400_000;
/** The feed window: 30 days back (recent history), 60 ahead (the booking horizon). */
const DAYS_BACK = 30;
const DAYS_AHEAD = 60;
const CALENDAR_DOMAIN = 'borgerservice.local';

/** Also the table holding the feed token (a fixed name from code, never from a request). */
export type FeedOwner = 'advisers' | 'locations';

export interface Feed {
  body: string;
  etag: string;
}

/** Secret feed URLs for advisers and locations: the token is stored hashed and can be rotated. */
@Injectable()
export class FeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A new token for the feed; the previous URL answers 404 from now on. */
  async rotate(owner: FeedOwner, id: string): Promise<string> {
    const token = newManageToken();
    await this.dataSource.query(`UPDATE ${owner} SET feed_token_hash = $2 WHERE id = $1`, [
      id,
      hashSecret(token),
    ]);
    return token;
  }

  async feed(owner: FeedOwner, id: string, token: string | undefined): Promise<Feed> {
    const name = await this.verify(owner, id, token);
    const now = this.clock.now().getTime();
    const startsAt = Between(new Date(now - DAYS_BACK * DAY_MS), new Date(now + DAYS_AHEAD * DAY_MS));
    const bookings = await this.dataSource.getRepository(Booking).find({
      where: owner === 'advisers' ? { adviserId: id, startsAt } : { locationId: id, startsAt },
      relations: { errand: true, station: true, location: true },
      order: { startsAt: 'ASC' },
    });
    const body = staffCalendar(name, bookings, CALENDAR_DOMAIN);
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
  }

  private async verify(owner: FeedOwner, id: string, token: string | undefined): Promise<string> {
    const [row] = await this.dataSource.query<{ name: string; feed_token_hash: Buffer | null }[]>(
      `SELECT name, feed_token_hash FROM ${owner} WHERE id::text = $1`,
      [id],
    );
    if (!token || !row?.feed_token_hash || !secretMatches(token, row.feed_token_hash))
      throw new FeedNotFoundError();
    return row.name;
  }
}
