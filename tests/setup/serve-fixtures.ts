/** Global setup of the browser tests: every fixture book built, and served as a plain static host would, one server each. */
import type { TestProject } from 'vitest/node';
import { buildFixture, fixtureBooks, type FixtureName } from '../fixture-books';
import { serveStatic, type StaticSite } from '../static-server';

export default async function setup(project: TestProject) {
	const sites: StaticSite[] = [];
	const urls = {} as Record<FixtureName, string>;
	for (const name of Object.keys(fixtureBooks) as FixtureName[]) {
		const site = await serveStatic(buildFixture(name));
		sites.push(site);
		urls[name] = site.url;
	}
	project.provide('siteUrls', urls);
	return async () => {
		await Promise.all(sites.map((site) => site.close()));
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrls: Record<FixtureName, string>;
	}
}
