#!/usr/bin/env node
// Serves the static site on 127.0.0.1 with the Content-Security-Policy the
// page must work under, for `make demo` and the browser tests. Not a
// production server: any static host serves build/site/ as well.
//
//   node tools/serve.mjs [SITE_DIR] [--port N]    (port 0: any free port)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy of the issue that introduced the page; the page loads nothing else. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root`; resolves to { server, url } once listening.
 * `onRequest(method, path)` is called for every request (the tests log them).
 * `policy` replaces the Content-Security-Policy (the tests' host pages, which
 * must allow framing the calculator's origin).
 */
export function startServer({ root, port = 0, host = '127.0.0.1', onRequest, policy = CONTENT_SECURITY_POLICY } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    onRequest?.(req.method, req.url);
    const headers = {
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400, headers).end('bad request');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = join(base, path);
    // No way out of the site folder, and no dot files (.tradeoff-site).
    if (!(file === base || file.startsWith(base + sep)) || /[\\/]\./.test(path)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf('--port');
  const port = portFlag >= 0 ? Number(args.splice(portFlag, 2)[1]) : 8000;
  const root = args[0] ?? 'build/site';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: --port must be an integer 0..65535`);
    process.exit(2);
  }
  try {
    if (!(await stat(join(root, 'index.html'))).isFile()) throw new Error();
  } catch {
    console.error(`serve: no index.html in ${root}: build the site first (make demo)`);
    process.exit(2);
  }
  const { url } = await startServer({ root, port }).catch((e) => {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.message}`);
    process.exit(2);
  });
  console.log(`Serving ${root} at ${url}  (Ctrl-C to stop)`);
  console.log(`Sample article with embeds: ${url}examples/article.html`);
}
