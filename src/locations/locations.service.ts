import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { hashSecret, newSecret, secretMatches } from '../common/secrets.js';
import { Location } from './entities/location.entity.js';
import { LocationNotFoundError } from './locations.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class LocationsService {
  constructor(@InjectRepository(Location) private readonly locations: Repository<Location>) {}

  /** A location by id or code (any case); only active ones unless an admin asks for any. */
  async findByRef(ref: string, options: { includeInactive?: boolean } = {}): Promise<Location> {
    const where = UUID.test(ref) ? { id: ref } : { code: ref.toUpperCase() };
    const location = await this.locations.findOneBy(
      options.includeInactive ? where : { ...where, active: true },
    );
    if (!location) throw new LocationNotFoundError(ref);
    return location;
  }

  /** A new secret for the location's calendar feed; the previous URL stops working. */
  async rotateFeedToken(id: string): Promise<string> {
    const token = newSecret();
    await this.locations.update({ id }, { feedTokenHash: hashSecret(token) });
    return token;
  }

  /** The location's name when `token` opens its feed; undefined otherwise (alike for every reason). */
  async feedName(id: string, token: string): Promise<string | undefined> {
    const location = await this.locations.findOne({
      where: { id },
      select: { id: true, name: true, feedTokenHash: true },
    });
    return location?.feedTokenHash && secretMatches(token, location.feedTokenHash)
      ? location.name
      : undefined;
  }
}
