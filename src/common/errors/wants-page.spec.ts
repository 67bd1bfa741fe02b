import { wantsPage } from './all-exceptions.filter.js';

const accepting = (accept?: string) => ({ headers: accept === undefined ? {} : { accept } });

describe('wantsPage', () => {
  it('is true for what browsers send when they navigate', () => {
    expect(
      wantsPage(accepting('text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8')),
    ).toBe(true);
  });

  it('is false for API clients, fetch() and clients that rank JSON first', () => {
    expect(wantsPage(accepting())).toBe(false);
    expect(wantsPage(accepting('*/*'))).toBe(false);
    expect(wantsPage(accepting('application/json'))).toBe(false);
    expect(wantsPage(accepting('application/json, text/html;q=0.5'))).toBe(false);
    expect(wantsPage(accepting('application/json, text/html;q=0'))).toBe(false);
    expect(wantsPage(accepting('text/html, application/json'))).toBe(false);
  });
});
