import { todayIso } from '../../../shared/dates';

/** `nadzor-cases-2025-03-14.json`: the day in the name tells exports apart in a downloads folder. */
export const exportFileName = (today = todayIso()): string => `nadzor-cases-${today}.json`;

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
