import type { EditionMediaContent } from "./types";
import ar from "./ar";
import en from "./en";
import fa from "./fa";
import sq from "./sq";

/** Demo media and publications, keyed by edition code */
export const mediaContent: Record<string, EditionMediaContent> = { en, ar, fa, sq };
