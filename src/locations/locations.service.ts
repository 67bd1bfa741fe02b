import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { LocationNotFoundError } from '../availability/availability.errors.js';
import { Location } from './entities/location.entity.js';

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
}
