import { isPageRoute } from './page-errors.filter.js';

describe('isPageRoute', () => {
  it('knows the citizen pages', () => {
    for (const route of [
      '/',
      '/aerinder/:code',
      '/aerinder/:code/spoergsmaal/:number',
      '/vejledning/:triageId',
      '/vejledning/:triageId/proevet-selv',
      '/ud/:triageId/:optionKey',
      '/steder',
      '/book/:triageId/sted',
      '/book/:triageId/bekraeft-uden-js',
      '/kvittering/:reference',
      '/min-tid/:reference/flyt',
    ])
      expect({ route, page: isPageRoute(route) }).toEqual({ route, page: true });
  });

  it('leaves the API’s routes to the API', () => {
    for (const route of [
      '/errands',
      '/errands/:code',
      '/bookings/:reference',
      '/locations',
      '/health',
      '/docs',
    ])
      expect({ route, page: isPageRoute(route) }).toEqual({ route, page: false });
  });
});
