/** A tiny static server for dist/ on 127.0.0.1, as any static host would serve it: text and WebAssembly gzipped when the browser accepts it. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export async function serve(dir: string): Promise<RunningServer> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      // Pagefind's index files are gzipped already and served as they are, as static hosts do.
      if (
        type !== 'application/octet-stream' &&
        /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
      ) {
        response.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          vary: 'accept-encoding',
        });
        response.end(gzipSync(body));
      } else {
        response.writeHead(200, { 'content-type': type });
        response.end(body);
      }
    } catch {
      response.writeHead(404, { 'content-type': types['.html']! });
      response.end(await readFile(join(dir, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
