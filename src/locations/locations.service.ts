import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { LocationNotFoundError } from '../availability/availability.errors.js';
import { Location } from './entities/location.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class LocationsService {
  constructor(@InjectRepository(Location) private readonly locations: Repository<Location>) {}

  /** An active location by id or code (any case). */
  async findByRef(ref: string): Promise<Location> {
    const location = await this.locations.findOneBy(
      UUID.test(ref) ? { id: ref, active: true } : { code: ref.toUpperCase(), active: true },
    );
    if (!location) throw new LocationNotFoundError(ref);
    return location;
  }
}
