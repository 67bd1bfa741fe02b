import { STAFF_LAYOUT_TEXTS } from './staff-layout.texts.js';
import { homeOf, staffNav } from './staff-nav.js';

const t = STAFF_LAYOUT_TEXTS.da;

describe('the staff menu', () => {
  it('leads each account to the first area of its roles', () => {
    expect(homeOf(['reception'])).toBe('/staff/reception');
    expect(homeOf(['adviser', 'admin'])).toBe('/staff/raadgiver');
    expect(homeOf(['admin'])).toBe('/staff/admin');
    expect(homeOf(['stats'])).toBe('/staff/statistik');
    expect(homeOf(['stats', 'reception'])).toBe('/staff/reception');
    expect(homeOf(['hotline'])).toBe('/staff/hotline');
    expect(homeOf(['hotline', 'stats'])).toBe('/staff/hotline');
  });

  it('shows only the areas of the account’s roles, marking the one holding the page', () => {
    expect(staffNav(['admin', 'reception'], '/staff/admin/steder', t)).toEqual([
      { href: '/staff/reception', text: 'Reception', current: false },
      { href: '/staff/admin', text: 'Administration', current: true },
      { href: '/staff/hotline', text: 'Hotline', current: false },
      { href: '/staff/statistik', text: 'Statistik', current: false },
    ]);
  });

  it('gives the hotline to the hotline role and to admins only', () => {
    expect(staffNav(['hotline'], '/staff/hotline/opkald/K7NP-A4TX', t)).toEqual([
      { href: '/staff/hotline', text: 'Hotline', current: true },
    ]);
    expect(
      staffNav(['reception', 'adviser', 'stats'], '/staff/reception', t).map((item) => item.href),
    ).not.toContain('/staff/hotline');
  });

  it('gives the statistics to the stats role and to admins only', () => {
    expect(staffNav(['stats'], '/staff/statistik', t)).toEqual([
      { href: '/staff/statistik', text: 'Statistik', current: true },
    ]);
    expect(staffNav(['reception', 'adviser'], '/staff/reception', t).map((item) => item.href)).not.toContain(
      '/staff/statistik',
    );
  });

  it('does not take a longer path with the same start for the area', () => {
    expect(staffNav(['admin'], '/staff/administrator', t)[0]?.current).toBe(false);
  });
});
