// The one way this app produces XML: plain objects serialized by fast-xml-parser's XMLBuilder, which escapes
// every text and attribute (& < > " ' and so "]]>"); never string concatenation. Not xmlbuilder2 or xml-js:
// they leave "&amp;" and "&word;" unescaped. suppressBooleanAttributes is off, or "true" becomes a bare attribute.
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
