/**
 * Finds the speaker inside the words around a speech verb: the subject before it ("On Saturday, January 4, a NATO
 * spokesman said"), an appositive ("Lena Hartwig, the alliance secretary-general, told"), a list ("Britain, France
 * and Germany issued"), or the name after an inverted verb (", said Jane Doe, a spokeswoman for the ministry").
 */
import { isCommonWord, isFirstName, isPlaceName } from '../entities/gazetteer.js';
import { FRONTING_PREPOSITIONS, isDiscourseMarker, NOT_NAMES, parseTokens, type SpeakerPhrase } from './phrase.js';
import { NAME_PARTICLES, ORG_HEADS, SPEAKER_NOUNS, SPEECH_VERBS, TITLE_JOINERS, TITLE_WORDS } from './lexicon.js';
import { isCredential } from './person-name.js';
import { isCalendarWord, isCapitalized, possessiveOwner, singular, tokenize, type Token } from './tokens.js';
import { datelineEnd } from './layout.js';
import { keepGivenForInitials } from './initials-given.js';
import { whatClauseRegion } from './what-clause.js';
import { modifiedDescription } from './modifier-name.js';
import { jointTitleHolder } from './joint-titles.js';

interface Chunk {
  tokens: Token[];
  start: number;
  end: number;
}

/** Adverbials that trail a speaker phrase without a comma: "the ministry in a statement", "Smith on Monday". */
const TRAILING_ADVERBIAL = new RegExp(
  String.raw`\s+(?:` +
    String.raw`(?:in|on|at|during|via|through|over|from)\s+(?:a|an|the|his|her|their|its)?\s*(?:\d{4}\s+|[\w-]+-page\s+|joint\s+|written\s+|brief\s+|separate\s+|televised\s+|emailed\s+|radio\s+|television\s+|TV\s+|open\s+|private\s+|recent\s+|lengthy\s+|court\s+|regulatory\s+|blog\s+)?(?:statement|interview|news|press|briefing|speech|post|tweet|email|e-mail|letter|video|podcast|address|message|phone|telephone|call|report|meeting|hearing|session|rally|summit|filing|submission|memo|blog|newsletter|column|op-ed|editorial|broadcast|documentary|Twitter|X|Facebook|Instagram|Telegram|television|radio)\b` +
    String.raw`|(?:late|early|earlier|later)?\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b` +
    String.raw`|(?:yesterday|today|tonight|earlier|later|last|this|previously|recently|afterwards|adding|noting|saying|citing|speaking|referring|according|when|while|as|after|before|about|then|also|again|finally)\b` +
    String.raw`)[\s\S]*$`,
);

const LEADING_CONJUNCTION = /^(?:and|but|yet|so|then|while|whereas|although|though|as)\s+/i;
/** Relative clauses and participial modifiers after a noun ("the villages that would be submerged", "a treasurer
 * accused of fraud") are not part of the speaker's description. */
const RELATIVE_CLAUSE =
  /\s+(?:who|whom|whose|which|that|speaking|talking|briefing|requesting|asking|accused|charged|convicted|suspected|based|known|named|identified|tasked|appointed|elected|responsible|issued|released|published|sent|signed|emailed)\b[\s\S]*$/;

/** Parenthesised asides ("(NAHT)", "(AP)") are not part of a speaker's name: blank them, keeping offsets. */
function blankParentheses(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of keepGivenForInitials(text)) {
    if (ch === '(') depth++;
    out += depth > 0 ? ' '.repeat(ch.length) : ch;
    if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return out;
}

function splitChunks(raw: string, base: number): Chunk[] {
  const text = blankParentheses(raw);
  const chunks: Chunk[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number): void => {
    const part = text.slice(from, to);
    const tokens = tokenize(part, base + from).filter((t) => !/^[,;:()]$/.test(t.text));
    if (tokens.length > 0) chunks.push({ tokens, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    // "**Roe:** Brutal.": a colon ends a speaker label or a lead-in, so the words on either side are no one name.
    // A hyphen with spaces on both sides is a typed dash ("Ann Roe - the finance chief - said").
    else if (depth === 0 && (ch === ',' || ch === '—' || ch === '–' || ch === ':' || (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) && !/\d[,:]\d/.test(text.slice(i - 1, i + 2))) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return chunks;
}

/** US state abbreviations in AP style ("Ill.", "Calif.", "N.Y.") and postal codes ("MI"), written after a town. */
const STATE_ABBREVIATION =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|W\.Va|N\.[HJMYCD]|S\.[CD]|R\.I|D\.C)\.?$|^[A-Z]{2}$/;

/** The second part of a place written "Town, State" / "Town, Country": a known region or a state abbreviation. */
function isPlaceTail(c: Chunk): boolean {
  const words = c.tokens.map((t) => t.text);
  if (words.length > 3 || !words.every(isCapitalized)) return false;
  const text = words.join(' ');
  return (words.length === 1 && STATE_ABBREVIATION.test(text)) || isPlaceName(text);
}

/** "of Grand Rapids", "a nurse from Leeds", "who lives in Port Ellen": a chunk ending in a place after a preposition. */
function endsInPlace(c: Chunk): boolean {
  const words = c.tokens.map((t) => t.text);
  const at = words.findLastIndex((w) => /^(?:of|from|in|near|outside)$/.test(w));
  const tail = words.slice(at + 1);
  return at >= 0 && tail.length > 0 && tail.length <= 4 && isCapitalized(tail[0] as string) && tail.every((w) => isCapitalized(w) || /^(?:of|de|la|du|upon|on)$/.test(w));
}

/** "of Leeds, England" (joined), "from Port Ellen": a hometown aside, dropped like an age between a name and its role. */
function isHometown(c: Chunk): boolean {
  return /^(?:of|from)$/.test(c.tokens[0]?.text ?? '') && endsInPlace(c) && c.tokens.length > 1 && isCapitalized(c.tokens[1]?.text ?? '');
}

/**
 * "Dana Voss, of Grand Rapids, Michigan, said" / "Voss, 52, from Leeds, England, told": the state or country after a
 * hometown belongs to the hometown aside, so it is joined to it rather than read as the subject.
 */
/**
 * "an older, male colleague told her": adjectives separated by a comma belong to one noun phrase, so an article and
 * an adjective alone before a comma join the chunk after it when that one goes on in lowercase.
 */
function joinCoordinateAdjectives(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    const words = prev?.tokens.map((t) => t.text) ?? [];
    const tail = words.slice(-2);
    const adjectiveOnly =
      prev !== undefined && tail.length === 2 && /^(?:a|an|the)$/i.test(tail[0] as string) && /^\p{Ll}+$/u.test(tail[1] as string) && !isNoun(tail[1] as string);
    // The chunk after is a short lowercase noun phrase ending in a noun for a person: "male colleague".
    const next = c.tokens.map((t) => t.text);
    const personPhrase = next.length <= 3 && /^\p{Ll}/u.test(next[0] ?? '') && !/^(?:a|an|the|one|two|some|many)$/i.test(next[0] ?? '') && SPEAKER_NOUNS.has(singular(next[next.length - 1] ?? '').word);
    if (prev && adjectiveOnly && personPhrase) {
      out[out.length - 1] = { tokens: [...prev.tokens, ...c.tokens], start: prev.start, end: c.end };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A noun for a person or a thing the lexicons know ("researchers", "lawsuit", "complaints"), not an adjective. */
function isNoun(word: string): boolean {
  const { word: one } = singular(word);
  return SPEAKER_NOUNS.has(one) || ORG_HEADS.has(one) || /s$/.test(word) || /(?:suit|ment|tion|sion|ness|ity|ship|ance|ence|ure|ism)$/.test(one);
}

function joinHometowns(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    if (prev && endsInPlace(prev) && isPlaceTail(c)) {
      const tokens = [...prev.tokens, ...c.tokens];
      // "Voss of Grand Rapids, Michigan, said" (no comma before "of"): the name and the hometown become two chunks.
      const at = prev.tokens.findIndex((t) => /^(?:of|from)$/.test(t.text));
      const name = at > 0 ? parseTokens(prev.tokens.slice(0, at)) : null;
      if (name?.kind === 'person') {
        out[out.length - 1] = { tokens: prev.tokens.slice(0, at), start: prev.start, end: (prev.tokens[at - 1] as Token).end };
        out.push({ tokens: tokens.slice(at), start: (tokens[at] as Token).start, end: c.end });
      } else out[out.length - 1] = { tokens, start: prev.start, end: c.end };
    } else out.push(c);
  }
  return out;
}

/** -ing words that modify a noun as adjectives ("leading experts", "striking workers"), not open a participial clause. */
const ADJECTIVAL_ING = new Set(
  `Leading Visiting Striking Ruling Remaining Neighbouring Neighboring Governing Opposing Retiring Outgoing Incoming
  Founding Presiding Serving Sitting Ranking Working Grieving Rescuing Participating Consulting Managing Supervising
  Investigating Arresting Attending Treating Reporting Competing Rival Worrying Surviving Missing Dissenting Voting
  Campaigning Coaching Starting Reigning Defending Long-serving Upcoming Existing Remaining Fighting`.split(/\s+/),
);

/** Words after a fronted past participle ("Asked about", "Pressed on", "Reached by phone") that show it opens a clause. */
const PARTICIPLE_FOLLOWERS = /^(?:about|on|by|over|with|for|at|in|after|if|whether|why|how|what|to|from|during|under)$/;

/**
 * "Addressing lawmakers on Thursday, the prime minister said", "Writing in the Herald, Voss said", "Pressed on the
 * cuts, she said": an opening participial phrase describes the subject that follows it and is never the speaker.
 */
function isFrontedParticiple(c: Chunk): boolean {
  const [first, second] = c.tokens;
  if (!first || !/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text) || ADJECTIVAL_ING.has(first.text)) return false;
  if (first.text.endsWith('ing')) return true;
  // A capitalised "-ed" word could be a name ("Ted", "Reed"): only a clause-opening word after it marks a participle.
  return second !== undefined && PARTICIPLE_FOLLOWERS.test(second.text);
}

function isLoneMarker(c: Chunk): boolean {
  // "Early on Saturday, officials say": a time adverbial whose tail the trimming already cut leaves "Early".
  return c.tokens.length === 1 && (isDiscourseMarker((c.tokens[0] as Token).text) || /^(?:Early|Earlier|Later)$/.test((c.tokens[0] as Token).text));
}

/** Cuts trailing adverbials and relative clauses from a phrase, keeping offsets. */
function trimPhrase(text: string): string {
  // "But as Mia Stone": the "as" after an opening conjunction introduces the subject, it does not trail it.
  const lead = /^(?:and|but|yet|so)\s+(?=as\s)/i.exec(text)?.[0] ?? '';
  let t = lead + text.slice(lead.length).replace(TRAILING_ADVERBIAL, '');
  // "a group called Citizens for Objective Public Education", "a nurse named Sam Reyes": the name is the speaker
  // (blanked, not cut, so offsets hold).
  t = t.replace(/^(?:[Aa]|[Aa]n)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:called|named|dubbed|known\s+as)\s+(?=\p{Lu})/u, (m) => ' '.repeat(m.length));
  t = t.replace(RELATIVE_CLAUSE, '');
  return t;
}

function chunkFromText(text: string, base: number): Chunk | undefined {
  const tokens = tokenize(text, base).filter((t) => !/^[,;:()]$/.test(t.text));
  if (tokens.length === 0) return undefined;
  return { tokens, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

const GAVE_NAME =
  /^(?:who\s+(?:gave|would\s+(?:only\s+)?give)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|identified\s+only\s+as|who\s+asked\s+to\s+be\s+identified\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name,?))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u;

/**
 * "a man who identified himself as Ivo P.", "a woman who gave her name as Mara": a described source and, inside the
 * same phrase, the name they gave.
 */
const SELF_NAMED =
  /^((?:a|an|one|another|the)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+who\s+(?:identified\s+(?:himself|herself|themselves)|gave\s+(?:his|her|their)\s+(?:first\s+)?name)\s+(?:only\s+)?as\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*\.?)?)$/u;

function selfNamedSource(c: Chunk): SpeakerPhrase | null {
  const text = c.tokens.map((t) => t.text).join(' ');
  const m = SELF_NAMED.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const described = parseTokens(tokenize(m[1], c.start));
  if (described?.kind !== 'description' || described.plural) return null;
  const firstWord = m[2].split(' ')[0];
  const first = c.tokens.findLast((t) => t.text === firstWord);
  const start = first?.start ?? c.start;
  return { kind: 'person', start, end: c.end, text: m[2], name: m[2], nameStart: start, nameEnd: c.end };
}

/** "who gave his name only as Kofi", "identified only as Nadia": the name an anonymous source gave. */
function givenNameAside(c: Chunk): SpeakerPhrase | null {
  const text = c.tokens.map((t) => t.text).join(' ');
  const m = GAVE_NAME.exec(text);
  if (!m?.[1]) return null;
  const first = c.tokens.find((t) => t.text === m[1]?.split(' ')[0]);
  const start = first?.start ?? c.start;
  return { kind: 'person', start, end: c.end, text: m[1], name: m[1], nameStart: start, nameEnd: c.end };
}

/** "R-Texas", "D-N.Y.", "I-Vt.": a US legislator's party and state after the name, an aside like an age. */
function isPartyState(c: Chunk): boolean {
  return c.tokens.length <= 2 && /^[RDI]-[A-Z][\w.]*$/.test(c.tokens.map((t) => t.text).join(' ').replace(/\s+/g, ''));
}

/** An age, a party-state aside or credentials after a name ("34", "R-Texas", "MD, MPH"): never the speaker. */
function isAgeOrCredential(c: Chunk): boolean {
  if (isPartyState(c)) return true;
  // "Jane Doe, MPH, said": a credential after the name, like an age, is not the speaker.
  if (c.tokens.every((t) => isCredential(t.text))) return true;
  return /^\d{1,3}$/.test(c.tokens[0]?.text ?? '') && c.tokens.length <= 2;
}

function isAgeOrAside(c: Chunk): boolean {
  // "The man, charged with fraud, said": a participial aside about the subject, like a relative clause.
  if (/^(?:accused|charged|convicted|suspected|arrested|wounded|injured|jailed|sentenced|based|known)$/.test(c.tokens[0]?.text ?? '') && c.tokens.length > 1) return true;
  if (isAgeOrCredential(c) || /^(?:who|which|whose|whom|speaking|himself|herself)$/i.test(c.tokens[0]?.text ?? '')) return true;
  // "..., at Joint Base Pearl Harbor-Hickam, Hawaii, explains": the state or country closing an address.
  const place = c.tokens.map((t) => t.text).join(' ');
  return c.tokens.length <= 2 && isPlaceName(place) && !isFirstName(c.tokens[0]?.text ?? '');
}

/**
 * Reads a chunk as an appositive after a name: "the NATO secretary-general", "head of St Aidan's primary",
 * "chief economist at Baltic Capital", "a regular since childhood". Returns the role (without its article) when the
 * chunk names a function, "" for an appositive that names none, and undefined when the chunk is not an appositive.
 */
function appositive(c: Chunk): string | undefined {
  const words = c.tokens.map((t) => t.text);
  const first = words[0] ?? '';
  const p = parseTokens(c.tokens);
  // "Acme's Research Fellow", "Acme's VP of Engineering": an employer's possessive followed by capitalised common words
  // (no given name, as "Acme's Ann Roe" has) is the role of the name before it, written in Title Case.
  const second = words[1] ?? '';
  if (possessiveOwner(first) && isCapitalized(first) && words.length >= 2 && words.length <= 10 && !isFirstName(second)) {
    const roleWords = (isCommonWord(second.toLowerCase()) || TITLE_WORDS.has(second) || /^\p{Lu}{2,4}$/u.test(second)) && isCapitalized(second);
    if (roleWords && !words.some((w) => SPEECH_VERBS.has(w) || FINITE_HINTS.has(w))) return words.join(' ');
  }
  // "former mayor Ann Roe" after "Hale's rival,": a full name is the speaker the description introduces, not a role.
  if (p?.kind === 'person' && p.name.includes(' ')) return undefined;
  // "Hale's longtime rival and a former mayor": two descriptions of one person, not two speakers.
  if (p?.kind === 'group' && c.tokens.filter((t) => isCapitalized(t.text)).length <= 1) return words.join(' ').replace(/^(?:the|a|an)\s+/i, '');
  const described = p && (p.kind === 'description' || p.kind === 'organization') && p.head;
  if (!described) {
    // "Republican chairman of the House Oversight Committee", "Democrat of Florida": a party or title word may lead.
    // "CEO of FlightAware", "VP of sales": an office written as an abbreviation leads one too.
    const titled = (TITLE_WORDS.has(first) || PARTY_WORDS.has(first) || /^(?:CEO|CFO|COO|CTO|CIO|CMO|VP|EVP|SVP)$/.test(first)) && p?.kind !== 'person';
    // "co-leader of the Greens": a hyphenated lowercase word leads an appositive too.
    if ((!titled && !/^(?:the|a|an|\p{Ll}+(?:-\p{Ll}+)*)$/u.test(first)) || words.length > 16) return undefined;
    if (words.some((w) => SPEECH_VERBS.has(w) || FINITE_HINTS.has(w))) return undefined;
  }
  if (/^(?:the|a|an)$/i.test(first)) words.shift();
  const namesFunction = described || words.some((w) => SPEAKER_NOUNS.has(singular(w).word) || TITLE_WORDS.has(w) || PARTY_WORDS.has(w));
  return namesFunction ? words.join(' ') : '';
}

/** Prepositions that open an adverbial inserted between a subject and its verb ("X, in a statement, said"). */
const INSERTED_ADVERBIAL = /^(?:in|on|at|during|via|through|over|who|which|whose)$/;

const PARTY_WORDS = new Set(['Democrat', 'Republican', 'Independent', 'Conservative', 'Liberal', 'Labour', 'Tory', 'Green']);

/** Words that show a chunk is a clause, not an appositive. */
const FINITE_HINTS = new Set('is are was were has have had will would can could should did does do not'.split(' '));

/** Prepositions that attach an employer or place to a name: "Ines Carvalho at the University of Porto". */
const AFFILIATION = new Set(['at', 'of', 'from', 'with', 'for', 'in']);

/** A person followed by their affiliation: the person speaks, the affiliation is their role. */
function personWithAffiliation(tokens: Token[]): SpeakerPhrase | null {
  const j = tokens.findIndex((t, i) => i > 0 && AFFILIATION.has(t.text));
  const last = tokens[tokens.length - 1];
  if (j <= 0 || !last || j === tokens.length - 1) return null;
  // The affiliation is a name ("at the University of Lisbon"), not a clause ("from tolerant parents were ...").
  const rest = tokens.slice(j + 1);
  // "of the No on 37 campaign", "with the tenants' union": a definite phrase may end in a lowercase body noun.
  const bodyNoun = (t: Token, i: number): boolean => i === rest.length - 1 && i > 0 && rest[0]?.text === 'the' && ORG_HEADS.has(t.text);
  if (rest.length > 7 || !rest.every((t, i) => isCapitalized(t.text) || /^(?:the|of|and|for|at|in|on|de|du|\d+)$/.test(t.text) || bodyNoun(t, i))) return null;
  // A full name: "Democrat of Florida" or "Marsh at X" alone is too thin to be a person.
  if (j < 2) return null;
  const p = parseTokens(tokens.slice(0, j));
  if (!p || p.kind !== 'person') return null;
  return withAffiliation(p, tokens, j);
}

/** The person parsed from tokens[0, j), stretched over the whole phrase, with tokens[j..] added to their role. */
function withAffiliation(p: SpeakerPhrase, tokens: Token[], j: number): SpeakerPhrase {
  const affiliation = tokens.slice(j).map((t) => t.text).join(' ');
  const last = tokens[tokens.length - 1] as Token;
  return { ...p, end: last.end, text: tokens.map((t) => t.text).join(' '), role: p.role ? `${p.role} ${affiliation}` : affiliation };
}

/**
 * After the verb the speaker comes first, so a full name followed by any prepositional complement is the speaker:
 * "said Ann Roe of the group", "says Ivo Kurt at the tenants' site", "said Ann Roe on Monday", "said Kurt in an
 * announcement". (Before the verb a lowercase complement may be a clause, so only personWithAffiliation's capitalised
 * affiliations are read there.)
 */
function nameBeforeComplement(tokens: Token[]): SpeakerPhrase | null {
  const j = tokens.findIndex((t, i) => i >= 1 && COMPLEMENT_PREPOSITIONS.has(t.text));
  if (j < 0) return null;
  const p = parseTokens(tokens.slice(0, j));
  if (!p || p.kind !== 'person') return null;
  // A lone capitalised word only before a determined complement ("said Kurt in an announcement", "said Roe at the
  // hearing"): "said Friday in Paris" has no person in it.
  if (!p.name.includes(' ') && !/^(?:a|an|the|his|her|their|its)$/i.test(tokens[j + 1]?.text ?? '')) return null;
  if (!AFFILIATION.has(tokens[j]?.text ?? '') || tokens.length - j > 8) return { ...p };
  return withAffiliation(p, tokens, j);
}

const COMPLEMENT_PREPOSITIONS = new Set([...AFFILIATION, 'on', 'during', 'after', 'before', 'about', 'to', 'via', 'outside', 'inside']);

/** A speaker phrase, or a person with an affiliation after the name. */
function parseNamed(tokens: Token[]): SpeakerPhrase | null {
  return parseTokens(tokens) ?? personWithAffiliation(tokens);
}

function parseChunk(c: Chunk, strict: boolean): SpeakerPhrase | null {
  const tokens = c.tokens;
  const from = strict ? Math.min(1, tokens.length) : tokens.length;
  for (let i = 0; i < from; i++) {
    // "Texas Right to Life plans ...": the capitalised tail after a lower-case joiner is part of a longer name.
    if (i > 0 && /^(?:to|of|for|the|de|du|der)$/.test(tokens[i - 1]?.text ?? '') && isCapitalized(tokens[i]?.text ?? '') && isCapitalized(tokens[i - 2]?.text ?? '')) continue;
    let toks = tokens.slice(i);
    // "But as Mia Stone, ..., pointed out": a conjunction may stack on "as" before the subject.
    while (i === 0 && toks.length > 1 && LEADING_CONJUNCTION.test(`${toks[0]!.text} `)) toks = toks.slice(1);
    const p = parseNamed(toks);
    if (p && !(p.head && i > 0 && insideObject(tokens, i)) && !(i > 0 && !p.head && insideDescribedNoun(tokens, i))) return p;
  }
  // "Labor union official said": the whole chunk is a description a capitalised modifier opens.
  const described = tokens.length <= 4 ? modifiedDescription(tokens) : null;
  return described && described.end === c.end ? described : null;
}

/**
 * "A senior editor at Weekly Review said": a name right after an affiliation preposition that ends a lowercase noun
 * phrase opened by an article is that phrase's employer or place, never the speaker on its own.
 */
function insideDescribedNoun(tokens: Token[], i: number): boolean {
  // The name may start inside the employer's name ("at Weekly Review" -> "Review").
  let at = i - 1;
  while (at > 0 && isCapitalized((tokens[at] as Token).text)) at--;
  if (at < 2 || !AFFILIATION.has((tokens[at] as Token).text)) return false;
  const start = LEADING_CONJUNCTION.test(`${tokens[0]!.text} `) ? 1 : 0;
  if (!/^(?:a|an|the)$/i.test(tokens[start]?.text ?? '')) return false;
  const words = tokens.slice(start + 1, at);
  return words.length > 0 && words.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text));
}

const AUXILIARIES = new Set('is are was were be been being has have had'.split(' '));

/**
 * Whether a description starting at token `i` is still part of what comes before it, so the speaker starts later:
 * the object of a preposition or article ("Across the Indian Ocean experts said" -> experts), the tail of a
 * capitalised name ("Ocean experts"), or a predicate after an auxiliary ("After it was discovered experts said").
 */
function insideObject(tokens: Token[], i: number): boolean {
  const prev = (tokens[i - 1] as Token).text;
  const cur = (tokens[i] as Token).text;
  // "the wreckage they discovered experts say": a lowercase "-ed" word after a lowercase word is that clause's verb.
  // "the debris washed ashore and ...": what follows a lowercase "-ed" verb is its complement.
  // A bare head noun after it stays a reading of its own ("they discovered experts say" -> experts).
  const verbAfterClause = (/^\p{Ll}+ed$/u.test(cur) && /^\p{Ll}+$/u.test(prev)) || (/^\p{Ll}+ed$/u.test(prev) && i < tokens.length - 1);
  return (
    FRONTING_PREPOSITIONS.has(prev.toLowerCase()) ||
    /^(?:the|a|an)$/i.test(prev) ||
    AUXILIARIES.has(prev) ||
    verbAfterClause ||
    (isCapitalized(prev) && isCapitalized(cur) && !/^(?:the|a|an)$/i.test(cur))
  );
}

/**
 * The speaker in a subject region: the text between a clause start and its speech verb. With `strict` the whole
 * region must be the speaker (used right after a closing quote mark); otherwise a fronted adverbial may precede it.
 */
export function parseSubjectRegion(text: string, base: number, strict: boolean): SpeakerPhrase | null {
  // "PUNE: Maharashtra ordered ...": a dateline opening the paragraph is never part of a subject.
  const dateline = base === 0 ? datelineEnd(text) : 0;
  if (dateline > 0) return parseSubjectRegion(text.slice(dateline), dateline, strict);
  const what = whatClauseRegion(text);
  if (what) return parseSubjectRegion(what.text, base + what.start, true);
  const raw = joinCoordinateAdjectives(joinHometowns(splitChunks(text, base)));
  // "A resident, who gave his name only as Kofi, said": the source named themself (read before trimming "as ...").
  const selfNamed = raw.slice(1).map(givenNameAside).find((p) => p !== null);
  if (selfNamed) return selfNamed;
  const lastRaw = raw[raw.length - 1];
  const ownName = lastRaw ? selfNamedSource(lastRaw) : null;
  if (ownName) return ownName;
  const chunks = raw.map((c) => trimChunk(c, text, base));
  // "Liam Cole, 34, a firefighter, said": an age between a name and its appositive is dropped.
  const present = chunks
    .filter((c): c is Chunk => c !== undefined)
    .filter(
      (c, i, all) =>
        !(
          i > 0 &&
          i < all.length - 1 &&
          // Ages, party-state asides and credentials ("X, MD, MPH, of Y University") between a name and its appositive.
          (isAgeOrCredential(c) || isHometown(c))
        ),
    );
  // The participial phrase goes before anything else reads it (its object is no subject: "Addressing lawmakers").
  // So does a point marker ("Third, the ministry said"), which would otherwise read as a name with an appositive.
  if (present.length > 1 && (isFrontedParticiple(present[0] as Chunk) || isLoneMarker(present[0] as Chunk))) present.shift();
  if (present.length === 0) return null;
  const pair = coordinatedPeople(present, strict);
  if (pair) return pair;
  // "The Harbour Trust, in a statement signed by its chair, Ann Lee, said": an adverbial (or a relative clause:
  // "X, who works for the Y Network, a group of Z, said") inserted after the subject runs to the verb, and any name
  // inside it ("signed by ... Ann Lee", "a group of Z") belongs to it, not to the subject.
  const adverbial = present.findIndex((c, i) => i >= 1 && INSERTED_ADVERBIAL.test(c.tokens[0]?.text ?? ''));
  // Only after a subject: in "On Monday, in a statement, the ministry said" the adverbials open the sentence.
  // And only while no new clause begins: after "X, which holds 22%, hasn't been approached, a source said" the source
  // is the subject of "said".
  const subjectBefore = adverbial > 0 && parseTokens((present[adverbial - 1] as Chunk).tokens) !== null;
  const clauseAfter = present.slice(adverbial + 1).some((c) => c.tokens.some((t) => FINITE_HINTS.has(t.text) || /n['’]t$/.test(t.text)));
  if (subjectBefore && !clauseAfter && adverbial < present.length - 1) present.splice(adverbial + 1);
  if (strict && present.length > 3) return null;
  let k = present.length - 1;
  let last = present[k] as Chunk;
  // "Estovia, whose Foreign Minister Piet Landau said": the verb belongs to the relative clause, whose named
  // subject speaks. ("the union, whose members said" keeps the union: the members speak as part of it; in "X, whose
  // minister resigned, said" the aside has its own verb and does not parse as a speaker.)
  if (/^whose$/i.test(last.tokens[0]?.text ?? '') && last.tokens.length > 1) {
    const own = parseTokens(last.tokens.slice(1));
    if (own?.kind === 'person') return own;
  }
  // "Maria Lopez, 34, said" / "a NATO official, who spoke on condition of anonymity, said"
  // "Dana Voss, 34, who was due to fly to Porto, told": skip every trailing age and aside.
  while (isAgeOrAside(last) && k > 0) {
    k--;
    last = present[k] as Chunk;
  }
  if (k > 0) {
    const stacked = stackedAppositives(present, k);
    if (stacked) return stacked;
    const prev = present[k - 1] as Chunk;
    const role = appositive(last);
    const named = role !== undefined ? parseChunk(prev, true) : null;
    // "Ann Roe and Tom Hale, her partner, said": the appositive describes the pair's last member; both speak.
    if (role !== undefined && named?.kind === 'group' && k === 1) return named;
    if (role !== undefined && named && named.kind !== 'pronoun' && named.kind !== 'group') {
      const out: SpeakerPhrase = { ...named, end: last.end, text: `${named.text}, ${last.tokens.map((t) => t.text).join(' ')}` };
      if (role) out.role = role;
      // "Another diplomat, from a Pacific island state,": the description qualifies itself.
      if (named.kind === 'description' && !named.complement && AFFILIATION.has(last.tokens[0]?.text ?? '')) {
        out.complement = last.tokens.map((t) => t.text).join(' ');
      }
      return out;
    }
    // "The Bund der Hafenarbeiter (BdH), the largest dockers' union, warned": a name the phrase rules cannot type,
    // with an organisation noun as its appositive, is that organisation.
    const org = role !== undefined && !named ? organizationByAppositive(prev, last) : null;
    if (org) return org;
    const group = parseList(present.slice(0, k + 1));
    if (group) return group;
  }
  // "Her lawyer, Ian Cobb, said" (also right after a quote: “...,” her mother, Ada Banks, told ABC): the description
  // before the name is the person's role ("her lawyer" later refers back to them).
  const before = k > 0 ? parseTokens((present[k - 1] as Chunk).tokens) : null;
  const describedName = (p: SpeakerPhrase | null): SpeakerPhrase | null =>
    p?.kind === 'person' && before?.kind === 'description' && !before.plural && before.head
      ? p.role
        ? p
        : { ...p, role: before.name.replace(/^(?:a|an|the)\s+/i, '') }
      : null;
  if (strict && k > 0) {
    const full = k === 1 ? parseTokens(last.tokens) : null;
    return full?.name.includes(' ') ? describedName(full) : null;
  }
  const named = parseChunk(last, strict);
  return describedName(named) ?? named;
}

/** A full name (two words or more) parsed from a whole chunk. */
function fullName(tokens: Token[]): SpeakerPhrase | null {
  const p = parseTokens(tokens);
  return p?.kind === 'person' && p.name.includes(' ') ? p : null;
}

/**
 * "Ann Lee, 41, and her husband, Tom Lee, said", "Ivo Marsh and another man charged in the case, Dan Roe, told":
 * two people joined by "and", the second written as a description and its appositive name (or a name alone). Both
 * speak; reading the chunks one at a time would credit only the second person or the description.
 */
function coordinatedPeople(present: Chunk[], strict: boolean): SpeakerPhrase | null {
  // "Ann Lee and her husband, Tom Lee": the first name and the description share a chunk; split it at "and".
  const inner = present.findIndex((c) => c.tokens.findIndex((t) => t.text === 'and') > 1);
  if (inner >= 0 && inner === present.length - 2) {
    const c = present[inner] as Chunk;
    const and = c.tokens.findIndex((t) => t.text === 'and');
    const first = c.tokens.slice(0, and);
    const rest = c.tokens.slice(and);
    const split: Chunk[] = [
      { tokens: first, start: c.start, end: (first[first.length - 1] as Token).end },
      { tokens: rest, start: (rest[0] as Token).start, end: c.end },
    ];
    present = [...present.slice(0, inner), ...split, ...present.slice(inner + 1)];
  }
  const at = present.findIndex((c, i) => i >= 1 && c.tokens[0]?.text === 'and' && c.tokens.length > 1);
  if (at < 1) return null;
  const tail = present.slice(at);
  if (tail.length > 2) return null;
  // "Ann Roe, the mayor, and Tom Hale, her deputy, said": each name may carry its own appositive role.
  const leftAt = at >= 2 && !fullName((present[at - 1] as Chunk).tokens) && appositive(present[at - 1] as Chunk) !== undefined ? at - 2 : at - 1;
  // Only fronted adverbials ("In a recorded call,") may come before the first person.
  const lead = present.slice(0, leftAt);
  if (strict ? lead.length > 0 : !lead.every((c) => FRONTING_PREPOSITIONS.has((c.tokens[0] as Token).text.toLowerCase()))) return null;
  const left = fullName((present[leftAt] as Chunk).tokens);
  if (!left) return null;
  const second = (tail[0] as Chunk).tokens.slice(1);
  let right: SpeakerPhrase | null;
  if (tail.length === 1) right = fullName(second);
  else {
    const described = parseTokens(second);
    right = described?.kind === 'description' && !described.plural ? fullName((tail[1] as Chunk).tokens) : null;
    if (!right && appositive(tail[1] as Chunk) !== undefined) right = fullName(second);
  }
  if (!right) return null;
  const name = `${left.name} and ${right.name}`;
  const last = tail[tail.length - 1] as Chunk;
  return { kind: 'group', start: (present[leftAt] as Chunk).start, end: last.end, text: name, name, plural: true };
}

/** A person or organisation named by a chunk on its own, i.e. a chunk that can carry appositives. */
function namedChunk(c: Chunk): SpeakerPhrase | null {
  const p = parseChunk(c, true);
  return p && (p.kind === 'person' || p.kind === 'organization') ? p : null;
}

/**
 * "Mia Stone, editor of the new book, a senior editor at Weekly Review, said": several appositives, each naming a
 * function, stacked after one name. The name speaks and the appositives are its role; otherwise the name inside the
 * last one ("Weekly Review") would be read as the subject.
 */
function stackedAppositives(present: Chunk[], k: number): SpeakerPhrase | null {
  const last = present[k] as Chunk;
  if (appositive(last) === undefined) return null;
  let head = k - 1;
  while (head > 0 && !namedChunk(present[head] as Chunk) && appositive(present[head] as Chunk) !== undefined) head--;
  if (head === k - 1) return null;
  const named = namedChunk(present[head] as Chunk);
  if (!named) return null;
  const roles = present.slice(head + 1, k + 1).map((c) => appositive(c)).filter((r): r is string => !!r);
  const words = present.slice(head + 1, k + 1).map((c) => c.tokens.map((t) => t.text).join(' '));
  const out: SpeakerPhrase = { ...named, end: last.end, text: [named.text, ...words].join(', ') };
  if (roles.length > 0) out.role = roles.join(', ');
  return out;
}

function organizationByAppositive(name: Chunk, appositive: Chunk): SpeakerPhrase | null {
  const described = parseTokens(appositive.tokens);
  if (described?.kind !== 'organization' || !described.head || described.plural) return null;
  const words = name.tokens.map((t) => t.text);
  if (/^the$/i.test(words[0] ?? '')) words.shift();
  if (words.length === 0 || !isCapitalized(words[0] as string) || !isCapitalized(words[words.length - 1] as string)) return null;
  if (!words.every((w) => (isCapitalized(w) && !NOT_NAMES.has(w) && !isCalendarWord(w)) || NAME_PARTICLES.has(w) || TITLE_JOINERS.has(w))) return null;
  if (!/^(?:the|a|an)$/i.test(appositive.tokens[0]?.text ?? '')) return null;
  const text = `${name.tokens.map((t) => t.text).join(' ')}, ${appositive.tokens.map((t) => t.text).join(' ')}`;
  const first = name.tokens[name.tokens.length - words.length] as Token;
  return { kind: 'organization', start: name.start, end: appositive.end, text, name: words.join(' '), nameStart: first.start, nameEnd: name.end };
}

/** "Britain, France and Germany": consecutive proper-name chunks ending in an "and" chunk. */
function parseList(chunks: Chunk[]): SpeakerPhrase | null {
  const last = chunks[chunks.length - 1] as Chunk;
  const lastPhrase = parseTokens(last.tokens);
  if (!lastPhrase || lastPhrase.kind !== 'group') return null;
  let from = chunks.length - 1;
  while (from > 0) {
    const c = chunks[from - 1] as Chunk;
    const p = parseTokens(c.tokens);
    if (!p || (p.kind !== 'person' && p.kind !== 'organization') || !c.tokens.every((t) => isCapitalized(t.text))) break;
    from--;
  }
  if (from === chunks.length - 1) return null;
  const first = chunks[from] as Chunk;
  const names = chunks.slice(from).map((c) => c.tokens.map((t) => t.text).join(' '));
  const name = `${names.slice(0, -1).join(', ')}, ${names[names.length - 1] as string}`;
  return { kind: 'group', start: first.start, end: last.end, text: name, name, plural: true };
}

function trimChunk(c: Chunk, text: string, base: number): Chunk | undefined {
  const raw = text.slice(c.start - base, c.end - base);
  const trimmed = trimPhrase(raw);
  if (trimmed === raw) return c;
  return chunkFromText(trimmed, c.start);
}

/**
 * The speaker after an inverted verb or "according to": `said Jane Doe, a spokeswoman for the ministry, adding`.
 * The name runs to the first comma; a following chunk is kept as the role when it reads as one.
 */
export function parseInvertedSpeaker(text: string, base: number): SpeakerPhrase | null {
  // The name ends at sentence punctuation, but not at the dot of "Mr." / "Gen." / "J." / "U.S.".
  const end = text.search(/(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|Prof|Rev|Maj|Brig|Adm|Det|[A-Z]))[.;:!?█]|\s[—–]\s/);
  const region = end < 0 ? text : text.slice(0, end);
  const raw = splitChunks(region, base);
  const ownName = raw[0] ? selfNamedSource(raw[0]) : null;
  if (ownName) return ownName;
  const chunks = raw
    .map((c) => trimChunk(c, region, base))
    .filter((c): c is Chunk => c !== undefined);
  const first = chunks[0];
  if (!first) return null;
  const joint = jointTitleHolder(first, chunks[1]);
  if (joint) return joint;
  const named = parseNamed(first.tokens) ?? nameBeforeComplement(first.tokens);
  if (!named || named.kind === 'pronoun') return null;
  // "said Britain, France and Germany": a list of names after the verb speaks together.
  if (named.kind === 'person' || named.kind === 'organization') {
    // Only names: "Ann Roe, a researcher at X and one of the authors" is a description with "and" in it.
    const namesOnly = (c: Chunk): boolean => c.tokens.every((t) => isCapitalized(t.text) || t.text === 'and' || t.text === '&');
    const k = chunks.findIndex((c, i) => i > 0 && i <= 8 && namesOnly(c) && parseTokens(c.tokens)?.kind === 'group');
    const list = k > 0 ? parseList(chunks.slice(0, k + 1)) : null;
    if (list && list.start === first.start) return list;
  }
  // "said Ann Roe, the mayor, and Tom Hale, her deputy": two people, each with a role, speak together.
  const andAt = chunks.findIndex((c, i) => i === 2 && c.tokens[0]?.text === 'and');
  if (named.kind === 'person' && andAt === 2) {
    const pair = coordinatedPeople(chunks.slice(0, andAt + 2), false);
    if (pair) return pair;
  }
  const second = chunks[1];
  // "said his daughter, Mara Quill" / "said a spokesman, Tom Hale": the name after the description is the speaker,
  // and the description stays with them as a role so a later "his daughter said" refers back to the named person.
  if (named.kind === 'description' && !named.plural && named.head && second) {
    const person = parseTokens(second.tokens);
    if (person?.kind === 'person' && person.name.includes(' ')) {
      // "a spokeswoman for the police, Sgt. Ann Roe": a title before the name joins the description as the role.
      const described = named.name.replace(/^(?:a|an|the)\s+/i, '');
      return { ...person, end: second.end, text: `${named.text}, ${person.text}`, role: person.role ? `${described}, ${person.role}` : described };
    }
  }
  const role = second && (named.kind === 'person' || named.kind === 'organization') ? appositive(second) : undefined;
  if (role && second) {
    return { ...named, end: second.end, text: `${named.text}, ${second.tokens.map((t) => t.text).join(' ')}`, role };
  }
  return named;
}

/** Fronted adverbials that open a sentence before its subject ("On Tuesday,", "Later that day,"). */
/**
 * "The coach, Femi Ade, pulled me aside": a whole chunk naming a person right after a description opening the
 * sentence, with the predicate after it, is the description's name in apposition, and the person speaks.
 */
function appositiveName(chunks: Chunk[], i: number): SpeakerPhrase | null {
  const next = chunks[i + 1];
  if (!next || !chunks[i + 2] || next.tokens.length < 2) return null;
  const p = parseTokens(next.tokens);
  return p?.kind === 'person' && p.name.split(/\s+/).length >= 2 ? p : null;
}

/** One-word adverbs and conjunctions that may open a sentence right before its subject, with no comma. */
const FRONTED_ADVERB = /^(?:Then|Now|Later|Earlier|Also|Still|Meanwhile|Instead|Yet|But|And|So|Today|Yesterday|Finally|Eventually|Soon)$/;

const FRONTED_START = /^(?:On|At|In|After|Before|During|Earlier|Later|Meanwhile|However|But|And|Yet|Still|Separately|Instead|Also|Then|Now|Today|Yesterday|Last|This|When|While|Since|As|Although|Though|If|Because|Following|Despite|Under|With|Without|For|From|By|Over)\b/;

/**
 * The subject opening a sentence, read as the longest run of leading words that parses as a speaker: "Ted Lowe hit
 * back on Tuesday, saying" -> Ted Lowe; "Roe, the MP for Eastmoor North, hit back, saying" -> Roe. Fronted
 * adverbial chunks are skipped.
 */
export function leadingSubject(text: string, base: number): SpeakerPhrase | null {
  const chunks = splitChunks(text, base);
  for (const [i, chunk] of chunks.entries()) {
    // "Then Ann Roe grabbed my arm": a one-word adverb glued to the subject without a comma fronts nothing else.
    const c = chunk.tokens.length > 2 && FRONTED_ADVERB.test(chunk.tokens[0]?.text ?? '') ? { ...chunk, tokens: chunk.tokens.slice(1) } : chunk;
    if (FRONTED_START.test(c.tokens[0]?.text ?? '') || (i < chunks.length - 1 && (isFrontedParticiple(c) || isLoneMarker(c)))) continue;
    for (let n = Math.min(c.tokens.length, 8); n >= 1; n--) {
      const p = parseTokens(c.tokens.slice(0, n));
      if (p?.kind === 'person' && n === 1 && n < c.tokens.length) {
        const described = modifiedDescription(c.tokens);
        if (described) return described;
      }
      if (p && (n === c.tokens.length || p.kind !== 'person' || n > 1 || /^\p{Lu}/u.test(p.name))) {
        return (n === c.tokens.length && p.kind === 'description' && appositiveName(chunks, i)) || p;
      }
    }
    return null;
  }
  return null;
}
