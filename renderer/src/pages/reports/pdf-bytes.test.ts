import { describe, expect, it } from 'vitest';
import { looksLikePdf, pdfBytes } from './pdf-bytes';

describe('pdfBytes', () => {
  it('turns the base64 the API sends back into the file’s bytes', () => {
    // Binary bytes too (PDFs have them in their second line), not only text.
    const original = Uint8Array.from([
      0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x00,
    ]);
    const bytes = pdfBytes(btoa(String.fromCharCode(...original)));
    expect([...bytes]).toEqual([...original]);
    expect(looksLikePdf(bytes)).toBe(true);
  });

  it('does not take other bytes for a PDF', () => {
    expect(looksLikePdf(pdfBytes(btoa('<html>')))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
  });
});
