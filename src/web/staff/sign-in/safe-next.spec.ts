import { safeNext } from './sign-in-page.controller.js';

describe('where a sign-in may lead back to', () => {
  it('keeps a staff page with its query', () => {
    expect(safeNext('/staff')).toBe('/staff');
    expect(safeNext('/staff/admin?lang=en')).toBe('/staff/admin?lang=en');
  });

  it('passes the address on resolved, so nothing is resolved later', () => {
    expect(safeNext('/staff/admin/../reception')).toBe('/staff/reception');
  });

  it.each([
    '/staff/../..//evil.example',
    '/staff/%2e%2e/%2E%2E//evil.example',
    '/staff/../other',
    '//evil.example/staff',
    'https://evil.example/staff',
    '/staff\\@evil.example',
    '/staff/\t/evil.example',
    '/staff/\n',
    '/staffer',
    '/other',
  ])('refuses %j', (next) => {
    expect(safeNext(next)).toBeUndefined();
  });

  it('refuses anything but one string', () => {
    expect(safeNext(['/staff'])).toBeUndefined();
    expect(safeNext(`/staff/${'a'.repeat(600)}`)).toBeUndefined();
  });
});
