import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import type { Role } from '../../src/auth/entities/staff-account.entity.js';
import { LocationsWriter } from '../../src/locations/locations.writer.js';
import { StaffingWriter } from '../../src/staffing/staffing.writer.js';
import type { TestApp } from './test-app.js';

const WEEKDAYS = [1, 2, 3, 4, 5];

export interface Office {
  code: string;
  locationId: string;
  stationIds: string[];
  adviserIds: string[];
}

/**
 * A small office of a test's own, written through the same writers as the admin API: one location
 * open on weekdays, `stations` stations and `advisers` advisers who work its opening hours, all for
 * `errands`.
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
  const locations = t.app.get(LocationsWriter);
  const staffing = t.app.get(StaffingWriter);
  const code = options.code ?? `T${randomUUID().slice(0, 6).toUpperCase().replace(/-/g, '')}`;
  const errands = options.errands ?? ['PAS_VOKSEN'];
  const [opens, closes] = options.hours ?? ['09:00', '16:00'];
  return t.dataSource.transaction(async (manager) => {
    const locationId = await locations.createLocation(
      {
        code,
        name: options.name ?? `Testkontor ${code}`,
        kind: 'citizen_service',
        address: 'Testvej 1, 8400 Ebeltoft',
      },
      manager,
    );
    const hours = WEEKDAYS.map((weekday) => ({ weekday, opens, closes }));
    await locations.replaceOpeningHours(manager, locationId, hours);
    const stationIds: string[] = [];
    for (let i = 1; i <= (options.stations ?? 1); i++)
      stationIds.push(await locations.createStation(locationId, { name: `Station ${i}`, errands }, manager));
    const adviserIds: string[] = [];
    const names =
      typeof options.advisers === 'object'
        ? options.advisers
        : Array.from({ length: options.advisers ?? 1 }, (_, i) => `Rådgiver ${i + 1} ${code}`);
    for (const [i, name] of names.entries()) {
      const email = `raadgiver${i + 1}.${code.toLowerCase()}@test.invalid`;
      const id = await staffing.createAdviser({ name, email, errands }, manager);
      const times = WEEKDAYS.map((weekday) => ({ weekday, starts: opens, ends: closes, locationId }));
      await staffing.replaceWorkingTimes(manager, id, times);
      adviserIds.push(id);
    }
    return { code, locationId, stationIds, adviserIds };
  });
}

/** A staff account of the test's own, signed in: the Authorization header value. */
export async function givenStaff(
  t: TestApp,
  role: Role,
  options: { adviserId?: string } = {},
): Promise<string> {
  const email = `${role}.${randomUUID().slice(0, 8)}@test.invalid`;
  const password = randomUUID();
  await t.app.get(AuthService).createAccount({
    email,
    name: `Test ${role}`,
    roles: [role],
    password,
    adviserId: options.adviserId ?? null,
  });
  const res = await request(t.http).post('/auth/login').send({ email, password }).expect(200);
  return `Bearer ${res.body.accessToken as string}`;
}
