import { ApiProperty } from '@nestjs/swagger';

/** Whose calendar feed: also the path segment of its URL. */
export type FeedOwner = 'advisers' | 'locations';

export class FeedLinkResponse {
  @ApiProperty({
    example: '/calendars/advisers/1b9d6bcd-….ics?token=…',
    description: 'Subscribe to this URL; keep it secret.',
  })
  url: string;

  @ApiProperty()
  token: string;
}

/** The secret subscription URL of a feed (served by the calendars module). */
export function feedLink(owner: FeedOwner, id: string, token: string): FeedLinkResponse {
  return { url: `/calendars/${owner}/${id}.ics?token=${token}`, token };
}
