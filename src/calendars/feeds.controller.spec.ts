import { notModified } from './feeds.controller.js';

describe('notModified (If-None-Match)', () => {
  const etag = '"abc123"';

  it.each([
    ['"abc123"', true],
    ['W/"abc123"', true],
    ['"other", W/"abc123"', true],
    ['*', true],
    ['"other"', false],
    ['abc123', false],
    ['', false],
  ])('%s → %s', (header, expected) => {
    expect(notModified(header, etag)).toBe(expected);
  });

  it('answers the full feed without the header', () => {
    expect(notModified(undefined, etag)).toBe(false);
  });
});
