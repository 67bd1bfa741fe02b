import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStaffFile } from './staff-file.js';

function fileWith(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'staff-')), 'staff.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const admin = { email: 'a@x.dk', name: 'A', roles: ['admin'], password: 'secret-pass' };

describe('readStaffFile', () => {
  it('reads the demo sign-ins: one per role, the adviser linked to an adviser record', () => {
    const accounts = readStaffFile();
    expect(accounts.map((account) => account.roles)).toEqual([
      ['admin'],
      ['reception'],
      ['adviser'],
      ['hotline'],
      ['stats'],
    ]);
    expect(accounts[2].adviser).toBe(accounts[2].email);
    // The hotline sign-in works as the hotline adviser Louise Holm, at the hotline.
    expect(accounts[3]).toMatchObject({ adviser: 'louise.holm@syddjurs-demo.dk', locations: ['HOTLINE'] });
  });

  it('gives the demo receptionist and adviser the demo locations to work at', () => {
    const [admin, reception, adviser] = readStaffFile();
    expect(admin.locations).toBeUndefined();
    expect(reception.locations).toEqual(['MAIN', 'SMALL', 'LIBRARY', 'BUS']);
    expect(adviser.locations).toEqual(['MAIN']);
  });

  it.each([
    [{ accounts: [{ ...admin, role: 'admin' }] }, /accounts\.0: unknown field\(s\) role/],
    [
      { accounts: [{ ...admin, roles: ['root'] }] },
      /accounts\.0\.roles: expected some of admin, reception, adviser/,
    ],
    [{ accounts: [{ ...admin, roles: [] }] }, /accounts\.0\.roles/],
    [{ accounts: [{ ...admin, password: '' }] }, /accounts\.0\.password: expected text/],
    [{ accounts: [{ ...admin, adviser: 7 }] }, /accounts\.0\.adviser/],
    [{ accounts: [{ ...admin, locations: 'MAIN' }] }, /accounts\.0\.locations: expected a list/],
    [{ accounts: [{ ...admin, locations: ['MAIN', 3] }] }, /accounts\.0\.locations/],
    [{ people: [] }, /expected \{ "accounts": \[\.\.\.\] \}/],
  ])('refuses %j, naming the file and the field', (content, problem) => {
    const file = fileWith(content);
    expect(() => readStaffFile(file)).toThrow(problem);
    expect(() => readStaffFile(file)).toThrow(file);
  });
});
