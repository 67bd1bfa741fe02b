import QRCode from 'qrcode';
import { referenceQrSvg } from './reference-qr.js';

describe('referenceQrSvg', () => {
  it('draws an SVG without inline styles, sized, with a text alternative', async () => {
    const svg = await referenceQrSvg('K7NPA4TX', 'QR-kode med bookingnummer K7NP-A4TX');
    expect(svg).toMatch(
      /^<svg class="receipt-qr" width="160" height="160" role="img" aria-label="QR-kode med bookingnummer K7NP-A4TX"/,
    );
    expect(svg).not.toMatch(/style/i);
    expect(svg).toMatch(/<path [^>]*d="M/);
  });

  it('escapes the label', async () => {
    expect(await referenceQrSvg('K7NPA4TX', 'a "b" <c>')).toContain('aria-label="a &quot;b&quot; &lt;c&gt;"');
  });

  it('encodes exactly the formatted reference: the same modules as a QR code of "K7NP-A4TX" alone', async () => {
    const drawn = await referenceQrSvg('K7NPA4TX', 'x');
    expect(await referenceQrSvg('K7NP-A4TX', 'x')).toBe(drawn);
    const own = await QRCode.toString('K7NP-A4TX', { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    const modules = (svg: string) => /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
    expect(modules(drawn)).toBeDefined();
    expect(modules(drawn)).toBe(modules(own));
    expect(modules(await referenceQrSvg('K7NPA4TC', 'x'))).not.toBe(modules(drawn));
  });
});
