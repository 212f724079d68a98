import { editions } from "../app/editions";

/** Every spec runs for each edition in the configuration, not for a copied list */
export { editions };
export const rtlEditions = editions.filter((edition) => edition.dir === "rtl");
