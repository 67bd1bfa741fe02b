import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { AuthService } from '../../src/auth/auth.service.js';
import type { Role } from '../../src/auth/entities/staff-account.entity.js';
import type { LocationKind } from '../../src/locations/entities/location.entity.js';
import { LocationsWriter } from '../../src/locations/locations.writer.js';
import { StaffingWriter } from '../../src/staffing/staffing.writer.js';
import type { TestApp } from './test-app.js';

/*
 * Factories: each test file builds the places, people and sign-ins it needs, through the same
 * writers the admin API uses (so the data is valid by the same rules), instead of leaning on a
 * shared municipality. Codes and e-mails are unique per call unless a test names them.
 */

/** ISO weekdays Monday to Friday. */
export const WEEKDAYS = [1, 2, 3, 4, 5];

/** A weekly row: `days` (ISO weekdays, default Monday-Friday) from `from` to `to`, local time. */
export interface WeeklyHours {
  days?: number[];
  from: string;
  to: string;
  /** Both inclusive; a row with a period replaces the open-ended rows on its dates. */
  validFrom?: string;
  validTo?: string;
}

function weekly(rows: WeeklyHours[]) {
  return rows.flatMap(({ days = WEEKDAYS, from, to, validFrom, validTo }) =>
    days.map((weekday) => ({ weekday, from, to, validFrom, validTo })),
  );
}

const unique = () => randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase();

function inTransaction<T>(t: TestApp, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return t.dataSource.transaction(work);
}

export interface LocationSpec {
  code?: string;
  name?: string;
  kind?: LocationKind;
  address?: string;
  slotMinutes?: number;
  /** Default: weekdays 09:00-16:00. */
  hours?: WeeklyHours[];
  /** Stations by name with the errand codes each handles; default one station for `errands`. */
  stations?: { name: string; errands: string[] }[];
  /** Errands of the default station; default PAS_VOKSEN. */
  errands?: string[];
  closures?: { startsOn: string; endsOn: string; reason: string }[];
}

export interface GivenLocation {
  id: string;
  code: string;
  name: string;
  stationIds: string[];
}

/** A location with its opening hours, stations and closures. */
export async function givenLocation(t: TestApp, spec: LocationSpec = {}): Promise<GivenLocation> {
  const writer = t.app.get(LocationsWriter);
  const code = spec.code ?? `T${unique()}`;
  const name = spec.name ?? `Testkontor ${code}`;
  const stations = spec.stations ?? [{ name: 'Station 1', errands: spec.errands ?? ['PAS_VOKSEN'] }];
  return inTransaction(t, async (manager) => {
    const id = await writer.createLocation(
      {
        code,
        name,
        kind: spec.kind ?? 'citizen_service',
        address: spec.address ?? 'Testvej 1, 8400 Ebeltoft',
        ...(spec.slotMinutes && { slotMinutes: spec.slotMinutes }),
      },
      manager,
    );
    const hours = weekly(spec.hours ?? [{ from: '09:00', to: '16:00' }]).map(({ from, to, ...row }) => ({
      ...row,
      opens: from,
      closes: to,
    }));
    await writer.replaceOpeningHours(manager, id, hours);
    const stationIds: string[] = [];
    for (const station of stations) stationIds.push(await writer.createStation(id, station, manager));
    for (const closure of spec.closures ?? []) await writer.createClosure(manager, id, closure);
    return { id, code, name, stationIds };
  });
}

export interface AdviserSpec {
  name?: string;
  email?: string;
  errands?: string[];
  /** Where and when they work: a location (code or id from givenLocation) and weekly hours. */
  works?: { at: GivenLocation; hours: WeeklyHours[] }[];
  /** Instants with offsets. */
  absences?: { startsAt: string; endsAt: string; reason: string }[];
}

/** An adviser with the errands they handle, their working time and absences. */
export async function givenAdviser(t: TestApp, spec: AdviserSpec = {}): Promise<string> {
  const writer = t.app.get(StaffingWriter);
  const email = spec.email ?? `raadgiver.${unique().toLowerCase()}@test.invalid`;
  return inTransaction(t, async (manager) => {
    const id = await writer.createAdviser(
      {
        name: spec.name ?? `Rådgiver ${email.split('@')[0]}`,
        email,
        errands: spec.errands ?? ['PAS_VOKSEN'],
      },
      manager,
    );
    const times = (spec.works ?? []).flatMap(({ at, hours }) =>
      weekly(hours).map(({ from, to, ...row }) => ({ ...row, starts: from, ends: to, locationId: at.id })),
    );
    await writer.replaceWorkingTimes(manager, id, times);
    for (const absence of spec.absences ?? []) await writer.createAbsence(manager, id, absence);
    return id;
  });
}

export interface Office extends GivenLocation {
  /** Same as `id`. */
  locationId: string;
  adviserIds: string[];
}

/**
 * A small office: one location open on weekdays (`hours`, default 09:00-16:00), `stations`
 * stations and advisers (a count, or their names) who work its opening hours, all for `errands`.
 */
export async function givenOffice(
  t: TestApp,
  options: {
    code?: string;
    name?: string;
    errands?: string[];
    stations?: number;
    /** How many advisers, or their names. */
    advisers?: number | string[];
    hours?: [string, string];
  } = {},
): Promise<Office> {
  const errands = options.errands ?? ['PAS_VOKSEN'];
  const [from, to] = options.hours ?? ['09:00', '16:00'];
  const stations = Array.from({ length: options.stations ?? 1 }, (_, i) => ({
    name: `Station ${i + 1}`,
    errands,
  }));
  const location = await givenLocation(t, {
    code: options.code,
    name: options.name,
    stations,
    hours: [{ from, to }],
  });
  const names =
    typeof options.advisers === 'object'
      ? options.advisers
      : Array.from({ length: options.advisers ?? 1 }, (_, i) => `Rådgiver ${i + 1} ${location.code}`);
  const adviserIds: string[] = [];
  for (const name of names)
    adviserIds.push(
      await givenAdviser(t, { name, errands, works: [{ at: location, hours: [{ from, to }] }] }),
    );
  return { ...location, locationId: location.id, adviserIds };
}

export interface GivenAccount {
  id: string;
  email: string;
  password: string;
  /** Signs in now: the Authorization header value. */
  signIn(): Promise<string>;
}

export interface AccountOptions {
  adviserId?: string;
  email?: string;
  name?: string;
  password?: string;
  /**
   * Where a receptionist or adviser may work (locations or their ids). Default: every location
   * that exists when the account is made; admins work everywhere anyway.
   */
  locations?: (GivenLocation | string)[];
}

async function locationIdsFor(t: TestApp, roles: Role[], locations?: (GivenLocation | string)[]) {
  if (locations) return locations.map((location) => (typeof location === 'string' ? location : location.id));
  if (roles.every((role) => role === 'admin')) return [];
  const rows = await t.dataSource.query<{ id: string }[]>('SELECT id FROM locations');
  return rows.map((row) => row.id);
}

/** A staff account of the test's own (not signed in). */
export async function givenAccount(
  t: TestApp,
  roles: Role | Role[],
  options: AccountOptions = {},
): Promise<GivenAccount> {
  const list = typeof roles === 'string' ? [roles] : roles;
  const email = options.email ?? `${list.join('-')}.${unique().toLowerCase()}@test.invalid`;
  const password = options.password ?? randomUUID();
  const id = await t.app.get(AuthService).createAccount({
    email,
    name: options.name ?? `Test ${list.join(' ')}`,
    roles: list,
    password,
    adviserId: options.adviserId ?? null,
    locationIds: await locationIdsFor(t, list, options.locations),
  });
  const signIn = async () => {
    const res = await request(t.http).post('/auth/login').send({ email, password }).expect(200);
    return `Bearer ${res.body.accessToken as string}`;
  };
  return { id, email, password, signIn };
}

/** A staff account of the test's own, signed in: the Authorization header value. */
export async function givenStaff(
  t: TestApp,
  role: Role,
  options: Pick<AccountOptions, 'adviserId' | 'locations'> = {},
): Promise<string> {
  return (await givenAccount(t, role, options)).signIn();
}
