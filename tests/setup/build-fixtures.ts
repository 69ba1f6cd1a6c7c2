/** Global setup of the site, PDF and browser tests: every fixture book built (or found built from the same book and code). */
import { buildFixture, fixtureBooks, type FixtureName } from '../fixture-books';

export default function setup(): void {
	for (const name of Object.keys(fixtureBooks) as FixtureName[]) buildFixture(name);
}
