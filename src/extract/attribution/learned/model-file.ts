// Which languages have an attribution model, and its file name in models/: English only (PolNeAR is English).
import type { Lang } from "../../types";

export const attributionModelFile = (lang: Lang): string | null => (lang === "en" ? "attribution-en.bin" : null);
