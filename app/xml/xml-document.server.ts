// The one way this app produces XML: documents are built as plain objects and serialized by
// fast-xml-parser's XMLBuilder, which escapes every text and attribute (& < > " ' and so "]]>"),
// whatever the script, so no document is ever assembled by string concatenation.
//
// Traps met on the way (kept here so nobody swaps the settings back):
// - xmlbuilder2 and xml-js leave "&amp;" or "&word;" in a text as they are instead of escaping the "&",
//   which turns article HTML back into markup and makes "R&D;" an undefined entity.
// - XMLBuilder writes an attribute whose value is "true" as a bare (invalid) boolean attribute unless
//   suppressBooleanAttributes is off.
import { XMLBuilder } from "fast-xml-parser";

/** An element: child elements by name, attributes as "@name", text as "#text" */
export interface XmlElement {
  [nameOrAttribute: string]: XmlContent;
}
export type XmlContent = string | XmlElement | Array<string | XmlElement> | undefined;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  processEntities: true,
  suppressBooleanAttributes: false,
  suppressEmptyNode: true,
  format: true,
  indentBy: "  ",
});

/** Characters XML 1.0 forbids anywhere (control characters pasted into a body, lone surrogates) */
const forbiddenCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * A UTF-8 document with one root element. Forbidden characters are dropped rather than written,
 * because one of them would make the whole document unreadable to every reader.
 */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`.replace(forbiddenCharacters, "");
}
