/** Serves the built site (dist/) with `astro preview` for the end-to-end tests. */
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
	const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 4399, host: '127.0.0.1' } });
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	return async () => server.stop();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
