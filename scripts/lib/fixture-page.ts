// A fixture page (a folder with source.html and gold.json) served at its real address, and the reference page
// committed under test/pages/: what `npm start` opens and every browser test reads.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { RoutedPage } from "./browser";

const root = resolve(import.meta.dirname, "../..");

export interface Fixture extends RoutedPage {
  name: string;
  gold: { url: string | null; title: string; lang: string } & Record<string, unknown>;
}

export function loadFixture(dir: string, name: string, fallbackUrl: string): Fixture {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
  return { name, url: gold.url ?? fallbackUrl, file: join(dir, "source.html"), gold };
}

export const REFERENCE = loadFixture(join(root, "test/pages/caravan-rare-earths"), "caravan-rare-earths", "");
