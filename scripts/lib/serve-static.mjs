// A minimal static file server on 127.0.0.1 for the headless tests (no dependencies).
// serveDir(dir, port, headers) serves files; serveHtml(html, port) serves one page at "/".
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json',
};

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// `prefix` serves the directory under a subpath (e.g. "/tools/chasm/"), as a static host would
// for a project site; anything outside it is a 404. `gzip: true` compresses what a client accepts
// gzipped, as a production host does (Lighthouse measures the page served that way).
export function serveDir(dir, port, headers = {}, prefix = '/', { gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404); res.end('not found'); return; }
    path = '/' + path.slice(prefix.length);
    const rel = normalize(path.endsWith('/') ? path + 'index.html' : path).replace(/^(\.\.[/\\])+/, '');
    try {
      let body = await readFile(join(dir, rel));
      const type = TYPES[extname(rel)] ?? 'application/octet-stream';
      const zipped = gzip && type !== 'image/png' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (zipped) body = gzipSync(body, { level: 9 });
      res.writeHead(200, { 'content-type': type, ...(zipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}), ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return listen(server, port);
}

export function serveHtml(html, port, headers = {}) {
  const server = createServer((req, res) => {
    if (new URL(req.url, 'http://x').pathname !== '/') { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(html);
  });
  return listen(server, port);
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];

// Several fixed pages on one origin: `routes` maps a path ("/", "/wordpress") to
// { body, type } (type defaults to HTML).
export function serveRoutes(routes, port, headers = {}) {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (!route) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...headers });
    res.end(route.body);
  });
  return listen(server, port);
}
