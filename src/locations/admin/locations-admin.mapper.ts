import type { Language } from '../../common/i18n/localized.js';
import type { Location } from '../entities/location.entity.js';
import type {
  ClosureRow,
  LocationDetail,
  LocationSummary,
  StationWithErrands,
} from '../location-queries.service.js';
import type {
  ClosureResponse,
  LocationDetailResponse,
  LocationSummaryResponse,
  StationResponse,
  WeeklyHoursResponse,
} from './locations-admin.dto.js';

/** A stored opening-hours row (PostgreSQL's time is "HH:mm:ss"). */
export interface StoredHoursRow {
  weekday: number;
  opens: string;
  closes: string;
  validFrom: string | null;
  validTo: string | null;
}

function fieldsOf(location: Location) {
  return {
    id: location.id,
    code: location.code,
    name: location.name,
    kind: location.kind,
    address: location.address,
    active: location.active,
    timeZone: location.timeZone,
    slotMinutes: location.slotMinutes,
  };
}

/**
 * A row as PUT …/opening-hours takes it: times "HH:mm", and the period's dates only where it has
 * one (the DTO takes no nulls), so reading, editing and writing back round-trips.
 */
export function toWeeklyHours(row: StoredHoursRow): WeeklyHoursResponse {
  return {
    weekday: row.weekday,
    opens: row.opens.slice(0, 5),
    closes: row.closes.slice(0, 5),
    ...(row.validFrom !== null && { validFrom: row.validFrom }),
    ...(row.validTo !== null && { validTo: row.validTo }),
  };
}

export function toStationResponse(station: StationWithErrands, language: Language): StationResponse {
  return {
    id: station.id,
    name: station.name,
    active: station.active,
    errands: station.errands.map((errand) => ({ code: errand.code, name: errand.name[language] })),
  };
}

export function toLocationSummary(summary: LocationSummary): LocationSummaryResponse {
  return {
    ...fieldsOf(summary.location),
    stations: summary.stations,
    activeStations: summary.activeStations,
    upcomingClosures: summary.upcomingClosures,
  };
}

export function toLocationDetail(detail: LocationDetail, language: Language): LocationDetailResponse {
  const { location } = detail;
  return {
    ...fieldsOf(location),
    directions: { da: location.directions.da, en: location.directions.en },
    stations: detail.stations.map((station) => toStationResponse(station, language)),
    openingHours: { hours: detail.openingHours.map(toWeeklyHours) },
  };
}

export function toClosureResponse(row: ClosureRow): ClosureResponse {
  return {
    id: row.closure.id,
    location: row.location?.code ?? null,
    locationName: row.location?.name ?? null,
    startsOn: row.closure.startsOn,
    endsOn: row.closure.endsOn,
    reason: row.closure.reason,
    closedFrom: row.closure.closedFrom?.slice(0, 5) ?? null,
    closedTo: row.closure.closedTo?.slice(0, 5) ?? null,
  };
}
