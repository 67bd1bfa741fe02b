import { scannedReference } from './check-in.js';

describe('scannedReference', () => {
  it('reads what the QR code holds and what people type, in any case and with any one separator', () => {
    for (const input of ['K7NP-A4TX', 'k7np-a4tx', 'K7NPA4TX', ' K7NP A4TX ', 'K7NP+A4TX\n', 'K7NP/A4TX'])
      expect(scannedReference(input)).toBe('K7NPA4TX');
  });

  it('passes on what cannot be a reference as typed (to be refused as not found), and nothing for empty', () => {
    expect(scannedReference('Karen Jensen')).toBe('Karen Jensen');
    expect(scannedReference('   ')).toBeUndefined();
    expect(scannedReference(undefined)).toBeUndefined();
    expect(scannedReference(['K7NPA4TX'])).toBeUndefined();
  });

  it('caps a very long scan', () => {
    expect(scannedReference('x'.repeat(500))).toHaveLength(40);
  });
});
