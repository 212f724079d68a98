import { defaultEdition, findEdition, type Edition } from "~/editions";

/** The edition a path belongs to (its first segment), or the default edition for paths outside any edition */
export function editionFromPath(pathname: string): Edition {
  const firstSegment = pathname.split("/")[1];
  return findEdition(firstSegment) ?? defaultEdition;
}
