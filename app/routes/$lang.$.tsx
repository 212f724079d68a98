import { notFound } from "~/routing/params.server";

/** Any path inside an edition that no other route knows: the edition's own 404 page */
export function loader() {
  throw notFound();
}

export default function UnknownPage() {
  return null;
}
