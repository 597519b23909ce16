import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * Resolves a URL path inside `root` only: `..`, encoded separators and absolute paths never escape it.
 * Unknown paths without an extension fall back to index.html (the renderer routes by hash anyway).
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, '.' + normalize('/' + decoded));
  const rel = relative(base, target);
  if (rel.startsWith('..') || rel.split(sep).includes('..')) return null;
  const file = rel === '' ? join(base, 'index.html') : target;
  try {
    return { body: await readFile(file), type: MIME[extname(file)] ?? 'application/octet-stream' };
  } catch {
    if (extname(file)) return null;
    return { body: await readFile(join(base, 'index.html')), type: MIME['.html']! };
  }
}
