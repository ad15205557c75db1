import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** gzip as a static host that precompresses would (level 9); check-size.mjs uses the same. */
export const gzip = (buffer) => gzipSync(buffer, { level: 9 });

/**
 * A tiny static server for the benchmark: `mounts` maps a URL prefix to a folder ('/' -> dist,
 * '/baseline/' -> dist-baseline). gzip for text, no caching (every run is a cold first view),
 * `/index.html` for a folder. Resolves to the listening server.
 */
export function serve(mounts, port) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const cache = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    let rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    if (rel.startsWith('..')) return end(response, 400);
    if (rel === '.' || rel.endsWith('/') || rel === '') rel = join(rel, 'index.html');
    const file = join(mounts[prefix], rel);
    let body;
    try {
      body = await readFile(file);
    } catch {
      return end(response, 404);
    }
    const ext = extname(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!cache.has(file)) cache.set(file, gzip(body));
      body = cache.get(file);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function end(response, status) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(String(status));
}
