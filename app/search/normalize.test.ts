import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { foldingRules } from "./normalization-rules";
import { folding, foldCharacter, isWordCharacter, normalizeSearchText, searchWords } from "./normalize";
import { searchNormalizeFunctionSql } from "./normalize-sql";

/** The words as the index holds them, joined by spaces */
const indexed = (text: string) => searchWords(text).join(" ");

describe("search normalization: Arabic and Persian letters", () => {
  it("treats Arabic yeh ي, alef maksura ى and Persian yeh ی as one letter", () => {
    expect(indexed("علی")).toBe(indexed("علي"));
    expect(indexed("على")).toBe(indexed("علي"));
    expect(indexed("مسئول")).toBe(indexed("مسيول"));
  });

  it("treats Arabic kaf ك and Persian keheh ک as one letter", () => {
    expect(indexed("کتاب")).toBe(indexed("كتاب"));
    expect(indexed("کودکان")).toBe("كودكان");
  });

  it("lets alef with hamza, madda or wasla (أ إ آ ٱ) match a bare alef ا", () => {
    expect(indexed("أمل")).toBe("امل");
    expect(indexed("إنسان")).toBe("انسان");
    expect(indexed("آب")).toBe("اب");
    expect(indexed("ٱلكتاب")).toBe(indexed("الكتاب"));
    // Decomposed: alef followed by a combining hamza above
    expect(indexed("\u0627\u0654مل")).toBe(indexed("أمل"));
    expect(indexed("مؤسسة")).toBe(indexed("موسسة"));
  });

  it("folds teh marbuta ة and Persian ۀ into heh ه", () => {
    expect(indexed("مدرسة")).toBe(indexed("مدرسه"));
    expect(indexed("خانۀ")).toBe("خانه");
    // ه followed by the hamza-above ezafe mark, as in «شمارهٔ»
    expect(indexed("شمارهٔ")).toBe("شماره");
  });

  it("ignores harakat and the superscript alef", () => {
    expect(indexed("قَصِيدَةٌ")).toBe(indexed("قصيدة"));
    expect(indexed("مُحَمَّدٌ")).toBe(indexed("محمد"));
    expect(indexed("هٰذا")).toBe(indexed("هذا"));
    for (let codePoint = 0x064b; codePoint <= 0x065f; codePoint += 1) {
      expect(indexed(`كت${String.fromCodePoint(codePoint)}اب`), codePoint.toString(16)).toBe("كتاب");
    }
  });

  it("ignores tatweel", () => {
    expect(indexed("جـــميل")).toBe(indexed("جميل"));
  });

  it("joins a word written with a zero-width non-joiner, so it is one word in the text and in the query", () => {
    expect(indexed("می‌شود")).toBe(indexed("میشود"));
    expect(searchWords("می‌شود")).toHaveLength(1);
    expect(indexed("خانواده‌ها")).toBe(indexed("خانوادهها"));
    // A space still separates: the query side tries the joined form (query.ts)
    expect(searchWords("می شود")).toHaveLength(2);
  });

  it("ignores the other invisible characters (bidi marks, zero-width joiner, soft hyphen)", () => {
    expect(indexed("ab\u200Ecd")).toBe("abcd");
    expect(indexed("\u2067abcd\u2069")).toBe("abcd");
    expect(indexed("pa\u00ADper")).toBe("paper");
  });

  it("reads Persian ۰–۹ and Arabic-Indic ٠–٩ digits as Latin digits", () => {
    expect(indexed("۱۴۰۵")).toBe("1405");
    expect(indexed("١٤٠٥")).toBe("1405");
    expect(indexed("شمارهٔ ۱۷۰")).toBe(indexed("شماره 170"));
  });
});

describe("search normalization: Latin script and case", () => {
  it("lets Albanian ë and ç match e and c, in capitals too", () => {
    expect(indexed("Vëzhguesi")).toBe("vezhguesi");
    expect(indexed("çfarë")).toBe("cfare");
    expect(indexed("ËSHTË ÇKA")).toBe("eshte cka");
    // Decomposed ë (e + combining diaeresis)
    expect(indexed("e\u0308shte\u0308")).toBe("eshte");
  });

  it("ignores case, in Latin, Greek and Cyrillic", () => {
    expect(indexed("Horizon WATCH")).toBe("horizon watch");
    expect(indexed("ΑΘΗΝΑ")).toBe(indexed("αθηνα"));
    expect(indexed("МОСКВА Ёж")).toBe("москва ёж");
  });

  it("takes the other Latin diacritics off", () => {
    expect(indexed("Café Zürich Łódź")).toBe("cafe zurich lodz");
  });
});

describe("search normalization: word boundaries", () => {
  it("separates words at punctuation of every script, the same way whatever the database's locale", () => {
    expect(normalizeSearchText("«سلام»، دنیا؟")).toBe(" سلام دنيا ");
    expect(indexed("“Hello”—world…")).toBe("hello world");
    expect(indexed("don’t stop; 1,200 (x)")).toBe("don t stop 1 200 x");
    expect(indexed("Vëzhguesi i Horizontit: „raporti“")).toBe("vezhguesi i horizontit raporti");
  });

  it("keeps letters and digits of every script it knows as word characters", () => {
    for (const character of ["a", "z", "0", "9", "ß", "پ", "چ", "ژ", "گ", "ي", "ك", "ه", "ا", "и", "λ", "ש", "日", "한"]) {
      expect(isWordCharacter(character), character).toBe(true);
    }
    for (const character of [" ", "-", "«", "»", "،", "؛", "؟", "“", "—", "×", "÷", "٪", "🙂"]) {
      expect(isWordCharacter(character), character).toBe(false);
    }
  });
});

describe("the table of character mappings", () => {
  it("folds each character by one rule only, into a word character or into nothing", () => {
    const seen = new Map<string, string>();
    for (const rule of foldingRules) {
      const targets = [...rule.to];
      expect([0, 1, [...rule.from].length], rule.name).toContain(targets.length);
      for (const character of rule.from) {
        expect(seen.get(character), `${character} in "${rule.name}"`).toBeUndefined();
        seen.set(character, rule.name);
        const folded = foldCharacter(character);
        if (folded !== "") expect(isWordCharacter(folded), `${character} → ${folded}`).toBe(true);
      }
    }
    expect(folding.size).toBe(seen.size);
  });

  it("folds to characters that are not folded again, so normalizing twice changes nothing", () => {
    for (const folded of new Set(folding.values())) {
      if (folded !== "") expect(foldCharacter(folded), folded).toBe(folded);
    }
    const sample = "Vëzhguesi «می‌شود» شمارهٔ ۱۷۰ — قَصِيدَةٌ أمل ÇKA ΑΘΗΝΑ";
    expect(normalizeSearchText(normalizeSearchText(sample))).toBe(normalizeSearchText(sample));
  });

  it("is the table the database's search_normalize() was created from (drizzle migration)", () => {
    const folder = path.resolve(import.meta.dirname, "../../drizzle");
    const definitions = readdirSync(folder)
      .filter((file) => file.endsWith(".sql"))
      .sort()
      .map((file) => readFileSync(path.join(folder, file), "utf8"))
      .filter((sql) => /CREATE OR REPLACE FUNCTION search_normalize\(/.test(sql));
    expect(definitions.length).toBeGreaterThan(0);
    // The newest definition wins; after changing the table, add a migration (see normalize-sql.ts)
    expect(definitions.at(-1)).toBe(searchNormalizeFunctionSql());
  });
});
