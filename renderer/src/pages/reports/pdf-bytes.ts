import { base64Bytes } from '../../components/download';

/** The PDF as the API sends it (base64 in JSON) back to its bytes, for the preview and the saved file. */
export const pdfBytes = base64Bytes;

/** True when the bytes start like a PDF file (`%PDF-`); anything else is not shown as one. */
export const looksLikePdf = (bytes: Uint8Array): boolean =>
  bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
