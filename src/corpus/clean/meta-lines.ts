import { normalise, words } from './text.js';

export interface ArticleMeta {
  title: string;
  outlet: string;
  byline?: string;
}

/**
 * Lines that restate the article's own metadata: the headline (often printed again under the masthead), the outlet
 * or agency name, the byline, a bare publication date. They are not prose and would otherwise be read as sentences.
 */
export function metaLineReason(text: string, meta: ArticleMeta): string | undefined {
  const n = normalise(stripPunct(text));
  if (n === '') return undefined;
  const title = normalise(stripPunct(meta.title));
  if (n === title) return 'repeated headline';
  // "Headline | Site" or "Headline - Site" from a <title> capture.
  if (title.length >= 20 && n.startsWith(title) && /^\s*[|\-–—:]\s*\S.{0,40}$/.test(n.slice(title.length))) return 'repeated headline';
  if (outletNames(meta.outlet).has(n) || AGENCIES.test(n)) return 'outlet or agency name';
  if (meta.byline && bylineParts(meta.byline).has(n)) return 'byline';
  if (isBylineLine(text)) return 'byline';
  if (isDateOnly(text)) return 'date line';
  return undefined;
}

const AGENCIES =
  /^(?:the )?(?:associated press|ap|reuters|thomson reuters|agence france-presse|agence france presse|afp|bloomberg|bloomberg news|dpa|xinhua|efe|ansa|upi|united press international|press association|pa media|the canadian press|canadian press|cp|kyodo|yonhap|anadolu agency|tass|interfax|staff|staff writer|staff reporter|wire services|news desk|news service|online desk)$/;

function outletNames(outlet: string): Set<string> {
  const names = new Set<string>([normalise(stripPunct(outlet))]);
  // "Agence France-Presse (via Rappler)": the page may print either name on its own line.
  const m = /^(.*?)\s*\((?:via\s+)?(.*?)\)\s*$/i.exec(outlet);
  if (m) {
    names.add(normalise(stripPunct(m[1] as string)));
    names.add(normalise(stripPunct(m[2] as string)));
  }
  for (const n of [...names]) names.add(n.replace(/^the /, ''));
  return names;
}

function bylineParts(byline: string): Set<string> {
  const parts = new Set<string>([normalise(stripPunct(byline)), normalise(stripPunct(`by ${byline}`))]);
  for (const p of byline.split(/[,;|]/)) if (p.trim()) parts.add(normalise(stripPunct(p)));
  return parts;
}

/** "By Jane Doe", "By JANE DOE, Associated Press", "By Jane Doe and John Roe | Ottawa Bureau". */
function isBylineLine(text: string): boolean {
  const t = text.trim();
  if (!/^by\s+\p{Lu}/iu.test(t) || /[“”"]/.test(t)) return false;
  if (words(t).length > 14) return false;
  // A sentence starting "By Monday, troops had ..." has lowercase words; a byline is names and desk labels.
  const lowercase = words(t.replace(/^by\s+/i, '')).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|in|de|da|van|von|der|al|bin|la|le|the|for|of)$/.test(w));
  return lowercase.length === 0;
}

const DATE_TOKENS =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?|\b\d{1,4}(?:st|nd|rd|th)?\b|\b[ap]\.m\.|\b(?:am|pm|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ist|jst|at|on|updated|published|ago|hours?|minutes?|mins?|days?|weeks?)\b\.?|[\s,:./|()+\-–—]+/gi;

function isDateOnly(text: string): boolean {
  return /\d/.test(text) && text.length <= 80 && text.replace(DATE_TOKENS, '') === '';
}

function stripPunct(text: string): string {
  return text.replace(/^[\s"'“”‘’.,:;|–—-]+|[\s"'“”‘’.,:;|–—-]+$/gu, '');
}
