// A small static web server for dist/, as a real one would serve the app: gzip for text files,
// long caching for the hashed files in assets/, revalidation for index.html and the service worker.
// The benchmark measures the browser figures against it (`vite preview` sends everything uncompressed).
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};
/** Already compressed formats are sent as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.webmanifest']);

/** Bytes a gzip-serving web server sends for this file (the body, without headers). */
export function transferSize(file: string): number {
  const body = readFileSync(file);
  return COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }).length : body.length;
}

export async function serveStatic(directory: string, port: number): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(path === '/' ? 'index.html' : path.slice(1));
    const full = join(directory, file);
    if (file.startsWith('..') || !statSync(full, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = extname(file);
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[type] ?? 'application/octet-stream',
      'cache-control': file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer = readFileSync(full);
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      if (!cache.has(full)) cache.set(full, gzipSync(body, { level: 9 }));
      body = cache.get(full)!;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
