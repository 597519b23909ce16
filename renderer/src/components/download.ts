import { todayIso } from '../../../shared/dates';

/** `nadzor-cases-2025-03-14.json`: the day in the name tells exports apart in a downloads folder. */
export const exportFileName = (today = todayIso(), extension: 'json' | 'xlsx' = 'json'): string =>
  `nadzor-cases-${today}.${extension}`;

/** The media type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The media type of a .docx (Word) document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file as the API sends it (base64 in JSON) back to its bytes. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Saves text as a file through the browser's download (in Electron the main process decides where it
 * goes). Nothing leaves the computer: the data is turned into a local blob URL, released right after.
 */
export function saveTextFile(fileName: string, content: string, type = 'application/json'): void {
  saveFile(fileName, new Blob([content], { type: `${type};charset=utf-8` }));
}

/** Saves any file (a PDF's bytes, say) the same way as saveTextFile. */
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium starts the download asynchronously; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file's bytes as base64, to send through the API (in pieces: one call would overflow the stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Saves a file the API sent as base64 (a PDF, a spreadsheet) the same way. */
export function saveBase64File(fileName: string, base64: string, type: string): void {
  saveFile(fileName, new Blob([base64Bytes(base64)], { type }));
}
