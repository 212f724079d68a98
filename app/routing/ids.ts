// The one reading of a number typed into an address or a form (an id, a page, a sitemap part): whole,
// from 1 up, written one way only ("7", never "07", "7.0", "+7" or "1e1"), and within PostgreSQL's integer.
const positiveWholeNumber = /^[1-9][0-9]{0,9}$/;
const largestInteger = 2_147_483_647;

/** The number `value` writes, or null; `max` bounds it below PostgreSQL's integer (page numbers) */
export function parsePositiveInt(value: string | null | undefined, max = largestInteger): number | null {
  if (!value || !positiveWholeNumber.test(value)) return null;
  const number = Number(value);
  return number <= Math.min(max, largestInteger) ? number : null;
}

/** The largest page number a listing's address may name (`?page=`) */
export const maxPageNumber = 999_999;
