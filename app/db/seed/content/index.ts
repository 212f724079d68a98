import type { EditionContent } from "../types";
import ar from "./ar";
import en from "./en";
import fa from "./fa";
import sq from "./sq";

/** Demo content per edition code. An edition without an entry here simply starts empty. */
export const demoContent: Record<string, EditionContent> = { en, ar, fa, sq };
