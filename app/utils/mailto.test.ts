// Reply links in the editorial inbox: a reader's address, however odd, opens a reply to that one address.
import { describe, expect, it } from "vitest";
import { mailtoHref } from "./mailto";

describe("a reply link to a stored address", () => {
  it("names only the address, even when it carries ?bcc=, &cc= or &body=", () => {
    const address = "reader@example.org?bcc=spy%40evil.example&cc=other@evil.example&body=hello";
    const link = new URL(mailtoHref(address));
    expect(link.protocol).toBe("mailto:");
    expect(link.search).toBe("");
    expect(link.hash).toBe("");
    expect(decodeURIComponent(link.pathname)).toBe(address);
  });

  it("keeps an ordinary address, non-Latin ones too, as it was", () => {
    for (const address of ["ana@example.org", "سارا@مثال.ایران"]) {
      expect(decodeURIComponent(new URL(mailtoHref(address)).pathname)).toBe(address);
    }
  });

  it("cannot be cut short by a fragment", () => {
    const link = new URL(mailtoHref("reader@example.org#?bcc=spy@evil.example"));
    expect(link.search).toBe("");
    expect(link.hash).toBe("");
  });
});
