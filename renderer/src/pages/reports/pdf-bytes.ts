/** The PDF as the API sends it (base64 in JSON) back to its bytes, for the preview and the saved file. */
export function pdfBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True when the bytes start like a PDF file (`%PDF-`); anything else is not shown as one. */
export const looksLikePdf = (bytes: Uint8Array): boolean =>
  bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
