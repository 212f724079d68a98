// Loading 100,000 articles per edition in minutes, not hours. search_normalize() (drizzle/0001) folds
// characters with one translate() over ~520 characters, and PostgreSQL's translate() compares every
// character of the text with that whole list: ~12 ms per article body here, 80 minutes of CPU for 400,000
// articles. While scale.mjs loads its generated articles it swaps in an equivalent function (the removed
// characters taken out by one regular expression, then each Unicode block's foldings applied only when the
// text holds one of its characters), restores the original afterwards, and checks on a sample that the
// stored search vectors are exactly what the original function gives.

/** The contents of a SQL string literal ('…' with '' for a quote) */
const literal = "'((?:[^']|'')*)'";
const unquote = (text) => text.replaceAll("''", "'");

/** translate()'s two lists and the separator pattern of the installed search_normalize() */
function parseDefinition(definition) {
  const translate = definition.match(new RegExp(`translate\\(input, ${literal}(?:::text)?, ${literal}(?:::text)?\\)`));
  const separator = definition.match(new RegExp(`\\), ${literal}(?:::text)?, ' '(?:::text)?, 'g'(?:::text)?\\)\\s*;?\\s*$`));
  if (!translate || !separator) return undefined;
  return { from: [...unquote(translate[1])], to: [...unquote(translate[2])], separator: unquote(separator[1]) };
}

const sqlString = (text) => `'${text.replaceAll("'", "''")}'`;
/** A bracket expression of PostgreSQL's regular expressions holding exactly these characters */
function characterClass(characters) {
  const escaped = characters.map((character) => {
    const code = character.codePointAt(0);
    return code > 0xffff ? `\\U${code.toString(16).padStart(8, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  return `[${escaped.join("")}]`;
}

/**
 * The faster equivalent, or undefined when the installed function is not of the expected shape or the
 * decomposition would not be exact (a folded character's target is itself folded or removed).
 */
function fasterDefinition(parsed) {
  const folds = new Map();
  const removed = [];
  const seen = new Set();
  parsed.from.forEach((character, index) => {
    // translate() uses a character's first occurrence
    if (seen.has(character)) return;
    seen.add(character);
    if (index < parsed.to.length) folds.set(character, parsed.to[index]);
    else removed.push(character);
  });
  if ([...folds.values()].some((target) => seen.has(target))) return undefined;
  const foldFrom = [...folds.keys()];
  const foldTo = [...folds.values()];
  // The folded characters the text holds, each once: translating that short list with the full one gives
  // their targets, and translating the text with the short list costs little
  return [
    "create or replace function search_normalize(input text) returns text language plpgsql immutable strict parallel safe as $fast$",
    "declare",
    `  s text := ${removed.length > 0 ? `regexp_replace(input, ${sqlString(characterClass(removed))}, '', 'g')` : "input"};`,
    "  present text;",
    "begin",
    `  select string_agg(distinct hit[1], '') into present from regexp_matches(s, ${sqlString(`(${characterClass(foldFrom)})`)}, 'g') as hit;`,
    `  if present is not null then s := translate(s, present, translate(present, ${sqlString(foldFrom.join(""))}, ${sqlString(foldTo.join(""))})); end if;`,
    `  return regexp_replace(s, ${sqlString(parsed.separator)}, ' ', 'g');`,
    "end",
    "$fast$",
  ].join("\n");
}

/**
 * Runs `load()` with the faster search_normalize() installed when that is possible, then puts the original
 * back and compares `sampleSize` random stored vectors of the rows `sampleWhere` selects with the original.
 */
export async function withFastSearchNormalize(sql, load, { sampleWhere, sampleSize = 400 }) {
  const [{ definition }] = await sql`select pg_get_functiondef('search_normalize(text)'::regprocedure) as definition`;
  const parsed = parseDefinition(definition);
  const faster = parsed && fasterDefinition(parsed);
  if (!faster) {
    console.warn("search_normalize() is not of the expected shape: loading with it as it is (slow).");
    return load();
  }
  await sql.unsafe(faster);
  try {
    await load();
  } finally {
    await sql.unsafe(definition);
  }
  const [{ expression }] = await sql`
    select pg_get_expr(d.adbin, d.adrelid) as expression from pg_attrdef d
    join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
    where a.attrelid = 'articles'::regclass and a.attname = 'search_vector'`;
  const [{ checked, different }] = await sql.unsafe(
    `select count(*)::int as checked, count(*) filter (where search_vector is distinct from ${expression})::int as different
     from (select * from articles where ${sampleWhere} order by random() limit ${Number(sampleSize)}) sample`,
  );
  if (different > 0) throw new Error(`${different} of ${checked} stored search vectors differ from the original search_normalize(): the fast loader is wrong`);
  return { checked };
}
