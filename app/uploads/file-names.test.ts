import { describe, expect, it } from "vitest";
import { contentDisposition, displayFileName } from "./file-names";

describe("uploaders' file names", () => {
  it("keeps only the name, without folders, control or direction-override characters", () => {
    expect(displayFileName("C:\\Users\\photographer\\DSC_0042.JPG")).toBe("DSC_0042.JPG");
    expect(displayFileName("../../etc/passwd")).toBe("passwd");
    // U+202E would show "report‮fdp.exe" as "reportexe.pdf"
    expect(displayFileName("report\u202efdp.exe")).toBe("reportfdp.exe");
    expect(displayFileName("a\u0000b\nc.png")).toBe("abc.png");
    expect(displayFileName("   ")).toBe("file");
  });

  it("keeps names in any script, in NFC", () => {
    expect(displayFileName("گزارش سالانه.pdf".normalize("NFD"))).toBe("گزارش سالانه.pdf".normalize("NFC"));
  });

  it("writes a Content-Disposition with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("inline", "Annual report 2026.pdf", ".pdf")).toBe(
      `inline; filename="Annual report 2026.pdf"; filename*=UTF-8''Annual%20report%202026.pdf`,
    );
    const persian = contentDisposition("inline", 'گزارش "ویژه"', ".pdf");
    expect(persian).toMatch(/^inline; filename="[A-Za-z0-9._ -]+"; filename\*=UTF-8''/);
    expect(persian).not.toMatch(/filename="[^"]*"[^;]*"/);
    expect(decodeURIComponent(persian.split("UTF-8''")[1]!)).toBe('گزارش "ویژه".pdf');
  });
});
