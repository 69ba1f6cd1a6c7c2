/** Serves a built site the way a plain static host does: files as they are, `/path/` from its index.html, 404.html (status 404) for anything else. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { builtFile } from './built-site';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
	url: string;
	close(): Promise<void>;
}

/**
 * Starts a server for `dir` on a free loopback port; with a base (`/repo/`), the site is there and nothing is outside
 * it, as on a GitHub Pages project site. `dir` may be a function: the folder served changes when a test publishes a
 * rebuilt site at the same address.
 */
export function serveStatic(site: string | (() => string), base = '/'): Promise<StaticSite> {
	const server = createServer((request, response) => {
		const dir = typeof site === 'string' ? site : site();
		const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
		const file = pathname.startsWith(base)
			? builtFile(`/${pathname.slice(base.length)}`, dir)
			: undefined;
		const served = file ?? builtFile('/404.html', dir);
		response.writeHead(file ? 200 : 404, {
			'content-type': (served && types[extname(served)]) ?? 'application/octet-stream',
		});
		response.end(served ? readFileSync(served) : 'not found');
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address() as { port: number };
			resolve({
				url: `http://127.0.0.1:${address.port}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		})
	);
}
