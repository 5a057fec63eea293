// Fixture pages served at their real addresses. The reference page is committed under test/pages/; the
// others are read from ../shared when it is there (tests that need them say so and skip otherwise).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SHARED } from "../support/shared";
import type { RoutedPage } from "./browser";

const root = resolve(import.meta.dirname, "../..");
const shared = join(SHARED, "fixtures/pages");

export interface Fixture extends RoutedPage {
  name: string;
  gold: { url: string | null; title: string; lang: string } & Record<string, unknown>;
}

function load(dir: string, name: string, fallbackUrl: string): Fixture {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
  return { name, url: gold.url ?? fallbackUrl, file: join(dir, "source.html"), gold };
}

export const REFERENCE = load(join(root, "test/pages/caravan-rare-earths"), "caravan-rare-earths", "");

export function sharedFixture(name: string, fallbackUrl = `https://www.example-news.test/${name}/`): Fixture | null {
  const dir = join(shared, name);
  return existsSync(join(dir, "source.html")) ? load(dir, name, fallbackUrl) : null;
}
