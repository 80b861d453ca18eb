import { words } from './text.js';

/**
 * Page furniture recognised by its wording: widgets, promos, ads, banners, credits and trailers that appear across
 * news sites. Each rule names the reason recorded in RemovedSpan. Rules that could also match real prose are bounded
 * by length (a promo is a line, not a paragraph of reporting).
 */
export interface FurnitureRule {
  reason: string;
  test: (text: string) => boolean;
}

const re = (pattern: RegExp, maxWords = Infinity) => (text: string) => pattern.test(text) && words(text).length <= maxWords;

export const FURNITURE_RULES: FurnitureRule[] = [
  {
    reason: 'comment widget',
    test: (t) =>
      re(/^(?:add|leave|post|write|view|show|hide|load|read|see|open)(?: a| your| all| the| more| \d+)? comments?\b/i, 12)(t) ||
      re(/^sort(?:ed)? by\b/i, 6)(t) ||
      re(/^there are no comments\b/i, 20)(t) ||
      re(/^(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?$/i)(t) ||
      re(/^(?:be the first to comment|join the (?:conversation|discussion)|comments (?:are|have been) (?:closed|disabled)|commenting (?:is|has been) (?:closed|disabled))/i, 20)(t) ||
      re(/^(?:log|sign) in to (?:comment|reply|join)/i, 15)(t),
  },
  {
    reason: 'share widget',
    test: re(
      /^(?:share|shares|tweet|email|e-mail|print|copy(?: the)? link|link copied|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|messenger|flipboard|save|bookmark)(?: (?:this|the) (?:article|story|page|link))?(?: (?:on|via|to) \w+)?[.!]?$/i,
    ),
  },
  { reason: 'share widget', test: re(/^share (?:this|on|via|to|article|story)\b/i, 8) },
  {
    reason: 'newsletter or subscription promo',
    test: (t) =>
      /\b(?:newsletters?|inbox|subscribe|subscribers?|subscription|sign[ -]?up)\b/i.test(t) &&
      (/^(?:get|sign|subscribe|make sense|join|click|tap|stay|want|don['’]t miss|never miss|receive|enter|be the first|like this|enjoy|become|unlock|read more|for more)\b/i.test(t) ||
        /\byou(?:r)?\b/i.test(t)) &&
      !/["“”]/.test(t) &&
      words(t).length <= 45,
  },
  { reason: 'paywall notice', test: re(/\b(?:free articles? (?:left|remaining)|subscribers? only|to continue reading|already a subscriber|subscribe to read)\b/i, 30) },
  {
    reason: 'advertisement marker',
    test: re(/^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post)?|paid (?:content|post)|promoted|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below)?|skip (?:this )?ad|scroll to continue(?: with content)?|ad feedback|report this ad)[.:]?$/i),
  },
  {
    reason: 'cookie banner',
    test: (t) =>
      /\bcookies?\b/i.test(t) &&
      /\b(?:we use|this (?:site|website) uses|accept|consent|by (?:continuing|using)|privacy (?:policy|settings)|manage (?:preferences|settings|cookies)|reject all)\b/i.test(t) &&
      words(t).length <= 80,
  },
  { reason: 'cookie banner', test: re(/^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:preferences|cookies|settings)|got it|ok, i agree|i agree)[.!]?$/i) },
  {
    reason: 'social follow prompt',
    test: (t) =>
      re(/^(?:follow|like|find|join) (?:us|me|[@\w.’'-]+(?: \w+){0,4}) on (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|telegram|whatsapp)\b/i, 30)(t) ||
      re(/^follow (?:@\w+|us)\b/i, 12)(t),
  },
  { reason: 'copyright notice', test: (t) => re(/^(?:©|\(c\)\s|copyright\b)/i, 40)(t) || re(/\ball rights reserved\b/i, 40)(t) },
  { reason: 'copyright notice', test: re(/\bmay not be (?:published|reproduced|copied), broadcast/i, 40) },
  { reason: 'source link', test: re(/^(?:source|source link|via|original article|originally published (?:at|on|by|in)\b.*)[.:]?$/i, 15) },
  {
    reason: 'republication note',
    test: re(/^this (?:article|story|piece) (?:was |is )?(?:originally|first) (?:published|appeared)\b/i, 40),
  },
  {
    reason: 'wire credit trailer',
    test: re(/^[(\[]?\s*(?:additional )?(?:reporting|writing|editing|edited|compiled|production|research|graphics?|fact-checking) by\b/i, 40),
  },
  { reason: 'wire credit trailer', test: re(/^our standards\s*:/i, 20) },
  // Editors' initials and sources, as DW and other broadcasters sign off: "mm/rt (AFP, Reuters, dpa)".
  { reason: 'wire credit trailer', test: re(/^[a-z]{2,4}(?:\s*\/\s*[a-z]{2,4})+\s*(?:\([^()]{1,60}\))?$/) },
  { reason: 'feedback widget', test: re(/^(?:feedback|send us your feedback|contact us|report an? (?:error|typo|correction)|suggest a correction)\b/i, 10) },
  {
    reason: 'media promo',
    test: re(/^(?:watch|video|listen|photos?|gallery|in pictures|live|podcast|explainer|interactive)\s*[:|\-–—]\s*\S/i, 20),
  },
  { reason: 'contributor note', test: re(/\bcontributed (?:to )?(?:this |the )?(?:report|story|article)(?:ing)?\b[.)]*$/i, 40) },
  { reason: 'coverage promo', test: re(/^(?:follow|read|see|find|get|watch) (?:ap['’]s|our|the latest|more|all|full)\b.*\b(?:coverage|updates|news|stories)\b/i, 30) },
  { reason: 'call to action', test: re(/^(?:click|tap|press) here\b/i, 25) },
  { reason: 'app promo', test: re(/^(?:download|get|open|install) (?:the|our) (?:[\w'’]+ )*app\b/i, 25) },
  {
    reason: 'audio or reading-time widget',
    test: (t) =>
      re(/^(?:listen to (?:this )?(?:article|story)|\d+\s*(?:min(?:ute)?s?)\.? (?:read|listen)|reading time\b|audio (?:version|article))/i, 12)(t) ||
      re(/^(?:play|pause|mute|unmute|close|open|menu|search|home|back to top|skip to (?:main )?content|loading|loading\.\.\.)$/i)(t),
  },
  { reason: 'timestamp line', test: (t) => re(/^(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|[Ll]ast (?:[Uu]pdated|[Mm]odified)|[Ff]irst [Pp]ublished)\b\s*(?::|on\b|at\b|\d|[A-Z][a-z]{2,8}\.? \d)/, 14)(t) && /\d|ago\b/i.test(t) },
  {
    reason: 'related links',
    // "BLOG: Why X Crossed the ‘Red Line’", "Analysis: ...": a labelled link to another piece.
    test: re(/^(?:related|read more|read also|also read|see also|more from|more on this|blog|analysis|recommended|you may also like|you might also like|most read|most popular|trending|top stories|latest news|more stories|what to read next|further reading|editor['’]s picks?|explore more)(?:\s*(?:stories|articles|coverage|content|topics|news|reading|for you))?\s*[:|\-–—]/i, 30),
  },
  {
    reason: 'image credit',
    test: (t) =>
      re(/^[(\[]?\s*(?:photo|photos|photograph|image|picture|pic|credit|illustration|graphic|file photo|video)(?: credit)?s?\s*(?::|by|-|–|—)\s*[^.!?]{1,80}[)\]]?$/i)(t) ||
      re(/^image (?:copyright|caption|source)\b/i, 40)(t) ||
      re(/^[(\[]?\s*(?:getty images|(?:[\w.]+ )?(?:via|for) getty images|shutterstock|istock|alamy|afp|ap|reuters|epa(?:-efe)?|ap photo|reuters\/[\w .]+|afp\/[\w .]+)\s*[)\]]?$/i)(t),
  },
  { reason: 'end-of-story mark', test: re(/^(?:-?30-?|###|ends|end|\(end\)|\[end\])$/i) },
];

/** First matching furniture reason, if any. */
export function furnitureReason(text: string): string | undefined {
  for (const rule of FURNITURE_RULES) if (rule.test(text)) return rule.reason;
  return undefined;
}
