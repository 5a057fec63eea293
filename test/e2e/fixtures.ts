// Fixture pages served at their real addresses. The reference page is committed under test/pages/ (loaded in
// scripts/lib/, which `npm start` shares); the others are read from ../shared when it is there (tests that
// need them say so and skip otherwise).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SHARED } from "../support/shared";
import { type Fixture, loadFixture } from "../../scripts/lib/fixture-page";

export { type Fixture, REFERENCE } from "../../scripts/lib/fixture-page";

/**
 * The reference page's outlet ("…, передает Caravan.kz", on caravan.kz): one of its gold organisations, which the
 * popup shows as the page's source rather than among the story's bodies.
 */
export const REFERENCE_OUTLET = "Caravan.kz";

const shared = join(SHARED, "fixtures/pages");

export function sharedFixture(name: string, fallbackUrl = `https://www.example-news.test/${name}/`): Fixture | null {
  const dir = join(shared, name);
  return existsSync(join(dir, "source.html")) ? loadFixture(dir, name, fallbackUrl) : null;
}
