// npm run i18n:status — how complete each edition is, per namespace, for translators.
// It only counts; npm run i18n:check says what exactly is wrong.
import path from "node:path";
import { editions } from "../../app/editions";
import { renderStatus } from "./completeness";
import { loadLocaleSet } from "./locale-files";

const root = path.resolve(import.meta.dirname, "../..");
process.stdout.write(renderStatus(loadLocaleSet(root), editions.map(({ code, nativeName }) => ({ code, nativeName }))));
