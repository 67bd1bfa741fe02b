import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BookingQueries } from '../bookings/booking-queries.service.js';
import { Clock } from '../common/clock/clock.js';
import type { FeedOwner } from '../common/dto/feed-link.dto.js';
import { LocationsService } from '../locations/locations.service.js';
import { StaffingService } from '../staffing/staffing.service.js';
import { FeedNotFoundError } from './calendars.errors.js';
import { staffCalendar } from './staff-calendar.js';

const DAY_MS = 86_400_000;
/** The feed window: 30 days back (recent history), 60 ahead (the booking horizon). */
const DAYS_BACK = 30;
const DAYS_AHEAD = 60;
const CALENDAR_DOMAIN = 'borgerservice.local';

export interface Feed {
  body: string;
  etag: string;
}

/**
 * Secret calendar feeds of advisers and locations. The owning modules keep (and rotate) the hashed
 * feed tokens; this module only checks a token with them and renders the feed.
 */
@Injectable()
export class FeedsService {
  constructor(
    private readonly bookings: BookingQueries,
    private readonly staffing: StaffingService,
    private readonly locations: LocationsService,
    private readonly clock: Clock,
  ) {}

  async feed(owner: FeedOwner, id: string, token: string | undefined): Promise<Feed> {
    const name = token
      ? await (owner === 'advisers' ? this.staffing : this.locations).feedName(id, token)
      : undefined;
    if (!name) throw new FeedNotFoundError();
    const now = this.clock.now().getTime();
    const bookings = await this.bookings.forFeed(
      owner === 'advisers' ? { adviserId: id } : { locationId: id },
      new Date(now - DAYS_BACK * DAY_MS),
      new Date(now + DAYS_AHEAD * DAY_MS),
    );
    const body = staffCalendar(name, bookings, CALENDAR_DOMAIN);
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
  }
}
