/**
 * Descriptions the text itself ties to a name. News writes a person's role in apposition to the name ("Ann Roe,
 * the country's transport minister, said"), and a speaker phrase parsed from such a sentence can come out as the
 * description alone. The name written right before the comma is the person the description is about: a reader
 * never takes "the country's transport minister" there for someone else.
 */
import { escapeRegExp } from './names.js';
import { NOT_NAMES } from './phrase.js';
import { isCalendarWord } from './tokens.js';

/** How far before a description its appositive name may start (characters). */
const REACH = 80;

/** Lower-case words allowed inside a name ("Pieter van der Berg", "Omar bin Said"). */
const PARTICLES = /^(?:van|von|der|den|de|da|del|di|du|la|le|bin|ibn|al|el)$/;

/**
 * The name written immediately before the description at [start, end) of `body`, when the description stands in
 * apposition to it: "<Name>, <description>," (closed by a comma or a dash). `isPerson` says whether a candidate (two
 * to four words) names a person the article knows; the longest such ending of the capitalised run wins, so a
 * sentence opener ("On Wednesday Ann Roe") is left out. Undefined when the description is not such an apposition,
 * or follows a list ("Ann Roe and Ivo Kurt, the two ministers,").
 */
export function appositiveName(body: string, start: number, end: number, isPerson: (name: string) => boolean): string | undefined {
  if (!/^\s*[,—–]/.test(body.slice(end, end + 3))) return undefined;
  const before = body.slice(Math.max(0, start - REACH), start);
  const m = /((?:[\p{L}'’.-]+\s+){0,5}\p{Lu}[\p{L}'’-]+),\s*$/u.exec(before);
  if (!m) return undefined;
  const words = (m[1] as string).split(/\s+/);
  // Only the capitalised tail is the name ("said on Friday that Ann Roe," -> "Ann Roe").
  let from = words.length;
  while (from > 0 && (/^\p{Lu}/u.test(words[from - 1] as string) || PARTICLES.test(words[from - 1] as string))) from--;
  if (from > 0 && /^(?:and|or|&)$/i.test(words[from - 1] as string)) return undefined;
  const run = words.slice(from);
  for (let n = Math.min(4, run.length); n >= 2; n--) {
    const candidate = run.slice(run.length - n);
    const first = candidate[0] as string;
    if (PARTICLES.test(first) || NOT_NAMES.has(first) || candidate.some(isCalendarWord)) continue;
    const name = candidate.join(' ');
    if (isPerson(name)) return name;
  }
  return undefined;
}

/** How far back (characters) "a federal court" may have been written for "the court" to be it: a sentence or two. */
const INDEFINITE_REACH = 400;

/**
 * "In one case, a federal appeals court upheld the verdict. The court said ...": a definite description with nothing
 * earlier to refer to is the thing the same paragraph just introduced with "a"/"an" and the same head noun. The
 * indefinite phrase as written ("a federal appeals court", up to three modifiers), or undefined when the paragraph
 * before `at` has none within reach. A phrase inside quotation marks is someone's words, not the narrative's.
 */
export function indefiniteAntecedent(body: string, head: string, at: number): string | undefined {
  const paragraphStart = body.lastIndexOf('\n\n', at) + 1;
  const from = Math.max(paragraphStart, at - INDEFINITE_REACH);
  const before = body.slice(from, at);
  const pattern = new RegExp(`(?<![\\p{L}'’-])(?:a|an|A|An)\\s+((?:[\\p{L}\\d'’-]+\\s+){0,3}?)${escapeRegExp(head)}(?![\\p{L}'’-])`, 'gu');
  let found: string | undefined;
  for (const m of before.matchAll(pattern)) {
    const preceding = before.slice(0, m.index);
    const open = (preceding.match(/“/g) ?? []).length - (preceding.match(/”/g) ?? []).length;
    // Modifiers are descriptive words, not a clause ("a man who said the court" is no court).
    const mods = (m[1] as string).trim().split(/\s+/).filter(Boolean);
    if (open > 0 || mods.some((w) => /^(?:who|which|that|and|or|of|to|in|on|at|for|with|by|from|said|says)$/i.test(w))) continue;
    found = m[0].replace(/^A/, 'a');
  }
  return found;
}
