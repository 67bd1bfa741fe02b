import QRCode from 'qrcode';
import { formatReference, normalizeReference } from '../../../bookings/booking-secrets.js';

/**
 * The receipt's QR code for reception's scanner: it holds the booking reference and nothing else
 * ("K7NP-A4TX", never the manage token, which only the citizen may hold), in QR's alphanumeric mode.
 * A USB scanner types it into the check-in field followed by Enter. Drawn on the server as SVG
 * (node-qrcode), so it shows without scripts; the pages' CSP forbids inline styles, so the markup
 * is checked for none, and carries its own size and a text alternative.
 */
export async function referenceQrSvg(reference: string, label: string): Promise<string> {
  const svg = await QRCode.toString(formatReference(normalizeReference(reference)), {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
  });
  if (/\sstyle\s*=|<style/i.test(svg)) throw new Error('the QR code SVG has inline styles');
  return svg.replace(
    /^<svg /,
    `<svg class="receipt-qr" width="160" height="160" role="img" aria-label="${escapeAttribute(label)}" focusable="false" `,
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
