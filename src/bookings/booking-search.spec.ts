import { likePattern, toBookingSearch } from './booking-search.js';

describe('toBookingSearch', () => {
  it('reads a reference in any case, with a dash, a space or a scanner’s "+"', () => {
    for (const typed of ['K7NP-A4TX', 'k7np a4tx', 'K7NPA4TX', ' k7np+a4tx '])
      expect(toBookingSearch(typed)).toMatchObject({ reference: 'K7NPA4TX' });
  });

  it('does not take a word outside the reference alphabet for a reference', () => {
    expect(toBookingSearch('Jensen').reference).toBeUndefined();
    expect(toBookingSearch('K0NP-A4TX').reference).toBeUndefined();
  });

  it('reads a Danish phone number written as people write it', () => {
    expect(toBookingSearch('+45 12 34 56 78')).toMatchObject({ phone: '12345678' });
    expect(toBookingSearch('1234 5678')).toMatchObject({ phone: '12345678' });
    expect(toBookingSearch('1234').phone).toBeUndefined();
  });

  it('reads an e-mail address as the contact limit counts it, and no name words then', () => {
    expect(toBookingSearch('Karen.Jensen@Example.dk')).toEqual({
      email: 'karen.jensen@example.dk',
      nameWords: [],
    });
  });

  it('always searches the words of a name', () => {
    expect(toBookingSearch('  Karen   Jensen ')).toEqual({ nameWords: ['Karen', 'Jensen'] });
  });
});

describe('likePattern', () => {
  it('makes the wildcards literal', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
