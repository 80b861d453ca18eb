/**
 * Words the sentence before the opening mark announces as a name, a slogan, an expansion or a search term, rather
 * than as anyone's speech. English news writes all of these in quotation marks:
 *
 * - a slogan, motto or tagline named first: "the base's slogan: “Always Ready”", "its motto, “Serve the town”";
 * - a name, alias or username: "posted under the name “Blue Heron”", "went by the alias “Doc”";
 * - an expansion of a short form: "NRA, which stands for “...”", "short for “...”", "an acronym for “...”";
 * - a search or a word a text contains or leaves out: "when you search for “cheap flights”", "if you Google
 *   “cheap flights”", "the song never mentions “rain”";
 * - a word handled as a word: "confusing “bring” with “send”", "misspelled “Febuary”";
 * - an official category or the name of a law: "designate the bears as “threatened”", "“stand your ground” laws";
 * - a passive label with no one labelling: "a meeting referred to as “consultations”" (a participle, no "is"), "they
 *   are used as “study aids”", "was classified as “critical”" — with "by" after it, the agent is a speaker.
 */

/** Slogans and their kin, right before the opening mark (a colon or comma between, or nothing). */
const SLOGAN_BEFORE =
  /\b(?:slogan|motto|mantra|tagline|tag\s+line|catchphrase|catch-phrase|battle\s+cry|rallying\s+cry|watchword|jingle|hashtag)s?\s*(?:is|was|reads|read)?\s*[:,]?\s*$/i;

/** "under the name", "the alias", "a username": the quoted words are what someone or something is called. */
const NAME_BEFORE =
  /\b(?:(?:the|a|an|his|her|their|its)\s+(?:user\s*)?(?:name|names|alias|pseudonym|pen\s+name|stage\s+name|screen\s+name|username|handle|nickname|code\s*name|codename)|under\s+the\s+name|by\s+the\s+name\s+of|went\s+by|goes\s+by|going\s+by)\s*,?\s*$/i;

/** A slogan chanted, shouted or carried on signs is the words of those who voice it. */
const VOICED =
  /\b(?:chant|shout|yell|scream|sing|sang|sung|cr(?:y|ies|ied|ying)|roar|bear|bore|carr(?:y|ies|ied|ying)|held|hold|wav|display|read|writ|wrote|paint|post|tweet)\w*\b[^.!?█]*$/i;

/** "calls itself", "styled themselves": a self-chosen name, like any name. */
const SELF_NAMED =
  /\b(?:calls?|called|calling|styles?|styled|styling|dubs?|dubbed|names?|named|brands?|branded|bills?|billed)\s+(?:itself|themselves|himself|herself|ourselves)(?:\s+(?:a|an|the))?\s*$/i;

/** "which stands for", "short for", "an abbreviation of": the quote spells out a short form. */
const EXPANSION_BEFORE =
  /\b(?:stands?\s+for|stood\s+for|standing\s+for|short\s+for|(?:an?\s+)?(?:abbreviation|acronym|initialism)\s+(?:for|of))\s*$/i;

/** A search or a text that contains (or lacks) the words: "search for", "Google", "mention", "type in". */
const SEARCH_OR_MENTION_BEFORE =
  /\b(?:search(?:es|ed|ing)?\s+(?:for|on)|googl(?:e|es|ed|ing)|type(?:s|d)?\s+in|typing\s+in|mention(?:s|ed|ing)?)\s*$/i;

/** A passive label with no be-verb before "referred" (a participle), or a be-verb before another labelling verb. */
const PASSIVE_LABEL =
  /(?:(?:\b(?:is|are|was|were|be|been|being)|['’](?:re|s))\s+(?:(?:also|often|sometimes|commonly|widely|increasingly|now)\s+)?(?:classed|classified|categori[sz]ed|listed|registered|designated|ranked|rated|graded|diagnosed)\s+as)(?:\s+(?:a|an|the))?\s*$/i;
const REFERRED_TO_AS = /\breferred\s+to\s+as(?:\s+(?:a|an|the))?\s*$/i;
/** "are used as “study aids” by students": whoever uses a thing as something does not say the words. */
const USED_AS = /(?:\b(?:is|are|was|were|be|been|being)|['’](?:re|s))\s+(?:(?:also|often|sometimes|commonly|widely|increasingly|now)\s+)?used\s+as(?:\s+(?:a|an|the))?\s*$/i;

/** " by the council": an agent after the quote makes the label its words. */
const AGENT_AFTER = /^[\s,.;]*by\b/;

/**
 * After the closing mark: the quote is the name of a label or word ("the “terrorism” label", "the “reform” tag") or
 * is called a word ("“slacker” is a relative term", "“maybe” was the operative word").
 */
const LABEL_NOUN = String.raw`(?:label|labels|tag|tags|term|terms|language|wording|clause|clauses|moniker|nickname|designation|epithet|buzzword|word|words|phrase|euphemism)`;
const NAMED_AFTER = new RegExp(
  String.raw`^\s+(?:${LABEL_NOUN}\b|(?:is|was|are|were|remains|became)\s+(?:(?:truly|really|just|only|still|now|merely|simply)\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}${LABEL_NOUN}\b)`,
);

/** Capitalised words (minor words and a leading article aside): "the Watchers", "Blue Ridge Patriots". */
function isProperName(text: string): boolean {
  const ws = text.trim().replace(/[.,;:]+$/, '').split(/\s+/);
  return ws.some((w) => /^\p{Lu}/u.test(w)) && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:the|of|and|a|an|for|in|on)$/.test(w));
}

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** A short phrase, not a sentence: no sentence punctuation inside (a trailing full stop or comma is American style). */
function phraseShaped(text: string, max: number): boolean {
  const bare = text.trim().replace(/[.,;:?!]+$/, '');
  return words(bare) > 0 && words(bare) <= max && !/[.?!]/.test(bare);
}

/**
 * Words handled as words: "confusing “bring” with “send”", "misspelled “Febuary”", "how to pronounce “gif”",
 * "mistook “aisle” for “isle”". A verb about the form of a word, right before the marks (or before the first of a
 * pair joined by with/for/and).
 */
const WORD_FORM_BEFORE =
  /\b(?:confus(?:e|es|ed|ing)|mix(?:es|ed|ing)?\s+up|mist(?:ake|akes|aken|aking|ook)|misspell(?:s|ed|ing)?|misspelt|mispronounc(?:e|es|ed|ing)|spell(?:s|ed|ing)?|spelt|pronounc(?:e|es|ing))\s*(?:█+\s+(?:with|for|and)\s*)?$/i;

/**
 * One wording put in place of another: "replaced “master” with “main”", "swap “can’t” for “won’t”", "substituted
 * “may” for “shall”". Both quoted words are words; a pair is needed, since "replaced the lock with a “secure” one"
 * quotes a claim.
 */
const SWAP_VERB = /\b(?:replac|swap|substitut|exchang)(?:e|es|ed|ing|s|ped|ping)?\s*$/i;
const SWAP_PARTNER_AFTER = /^\s+(?:with|for|by)\s+█/;
const SWAPPED_FOR = /\b(?:replac|swap|substitut|exchang)(?:e|es|ed|ing|s|ped|ping)?\s+█+\s+(?:with|for|by)\s*$/i;

/**
 * A formal category a body puts something in: "designate the bears as “threatened”", "classified the storm as
 * “major”", "upgrade its status to “endangered”". An official label (lower case, a few words), whoever applies it;
 * with the object between the verb and "as" (the passive shape is PASSIVE_LABEL).
 */
const CATEGORY_BEFORE =
  /(?:\b(?:designat|classif|reclassif|categori[sz]|recategori[sz]|list|relist|register)\w*\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}as|\b(?:status|classification|designation|category|rating)\s+(?:to|of|as|from))(?:\s+(?:a|an|the))?\s*$/iu;

/**
 * A button, box or ballot option chosen: "click “like”", "press “start”", "ticked “strongly agree”", "voted “yes”".
 * The quoted words are the label of the option, not something said ("said “yes”" is speech). Verbs only: after a
 * determiner the word is a noun ("told the press “...”", "called the vote “a disgrace”").
 */
const OPTION_CHOSEN =
  /(?<!\b(?:the|a|an|his|her|their|its|our|my|your)\s+)\b(?:click(?:s|ed|ing)?(?:\s+on)?|tap(?:s|ped|ping)?(?:\s+on)?|press(?:es|ed|ing)?|select(?:s|ed|ing)?|tick(?:s|ed|ing)?|check(?:s|ed|ing)?\s+(?:the\s+)?box(?:es)?\s+(?:for|marked)|hit(?:s|ting)?|vot(?:ed|ing)|swip(?:e|es|ed|ing)(?:\s+(?:left|right))?\s+on)\s*$/i;

/** A level on a named alert scale ("raised the threat level to “severe,”"), a label even inside a tagged quote. */
const ALERT_LEVEL = /\b(?:alert|threat|warning|danger|risk|fire|flood|terror)\s+levels?\s+(?:to|of|at|from)\s*$/i;

/**
 * The name of a law, order or official notice: "“stand your ground” laws", "the “three strikes” rule", "“red flag
 * laws”", "a “shelter-in-place” order", "its “do not travel” advisory", "a “no-fly” zone".
 * A phrase right before a legal noun, or one ending in it, names the law; nobody is quoted. Not "acts", which are
 * deeds as often ("“egregious acts”" is someone's judgement).
 */
const LAW_NOUN_AFTER =
  /^\s+(?:laws?|statutes?|bills?|provisions?|doctrines?|ordinances?|legislation|loopholes?|exemptions?|amendments?|rules?|orders?|advisory|advisories|notices?|alerts?|zones?|warnings?|mandates?|policy|policies)\b/;
/**
 * A law's or an order's name is a phrase ("three strikes", "right to work", "shelter-in-place"), not one word or a
 * pair of adjectives joined by and/or or led by an adverb, which judge it ("a “cruel” law", "an “unjust and cruel”
 * law", "a “very serious” warning", "a “one-sided” policy").
 */
function lawNameShaped(text: string): boolean {
  const t = text.trim();
  if (/[,.]$/.test(t) || /\b(?:and|or)\b|^[a-z]+ly\s/.test(t) || INTENSIFIER.test(t)) return false;
  // One hyphenated word names an order only when it is a phrase ("shelter-in-place", "no-fly"), not an adjective
  // ("one-sided", "cost-effective").
  if (words(t) === 1) return t.split('-').length >= 3 || /^(?:no|anti|pro|zero|stay|stop|do)-/.test(t);
  return true;
}
const INTENSIFIER = /^(?:very|too|so|quite|really|most|more|less|pretty|rather|fairly|truly|utterly|totally|completely|absolutely|incredibly)\s/;
const LAW_NAMED = /^(?!(?:a|an|the|this|that|our|their|his|her|its)\s)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+(?:laws|statutes|bills)$/;

/**
 * The marks around `text` hold a slogan, a name, an expansion, a search term or a passive label, judged from the
 * masked text before the opening mark (`pre`) and after the closing mark (`post`); `attributed`: a speech tag claims
 * the quote; `taggedAfter`: by a tag after it (“...,” X said).
 */
export function isAnnouncedMention(pre: string, post: string, text: string, attributed = false, taggedAfter = false): boolean {
  if (SLOGAN_BEFORE.test(pre) && words(text) <= 12 && !VOICED.test(pre)) return true;
  if (NAMED_AFTER.test(post) && phraseShaped(text, 4) && !/[,.]$/.test(text.trim())) return true;
  if (NAME_BEFORE.test(pre) && phraseShaped(text, 5)) return true;
  if (SELF_NAMED.test(pre) && phraseShaped(text, 5) && isProperName(text)) return true;
  if (EXPANSION_BEFORE.test(pre) && phraseShaped(text, 8)) return true;
  if (SEARCH_OR_MENTION_BEFORE.test(pre) && phraseShaped(text, 4)) return true;
  if (WORD_FORM_BEFORE.test(pre) && phraseShaped(text, 3)) return true;
  if (phraseShaped(text, 3) && ((SWAP_VERB.test(pre) && SWAP_PARTNER_AFTER.test(post)) || SWAPPED_FOR.test(pre))) return true;
  if (OPTION_CHOSEN.test(pre) && phraseShaped(text, 3) && !/,$/.test(text.trim())) return true;
  const bare = text.trim().replace(/[.,;:]+$/, '');
  const lowerStart = /^[a-z]/.test(bare);
  if (lowerStart && phraseShaped(text, 5) && (LAW_NAMED.test(bare) || (lawNameShaped(text) && LAW_NOUN_AFTER.test(post)))) return true;
  if (ALERT_LEVEL.test(pre) && phraseShaped(text, 3) && lowerStart) return true;
  // "classified the attack as “terrorism,” the minister said": a speaker's own tag makes the category their word.
  if (CATEGORY_BEFORE.test(pre) && phraseShaped(text, 3) && lowerStart && !taggedAfter) return true;
  if (!phraseShaped(text, 3) || !lowerStart) return false;
  // "referred to as" names like "known as", whoever reports it.
  if (REFERRED_TO_AS.test(pre) && !AGENT_AFTER.test(post)) return true;
  // "is listed as “critical but stable,” a spokesman said": a tagged label is the speaker's words.
  if (attributed) return false;
  return USED_AS.test(pre) || (PASSIVE_LABEL.test(pre) && !AGENT_AFTER.test(post));
}
