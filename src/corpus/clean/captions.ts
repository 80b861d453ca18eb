import type { Unit } from './segment.js';
import { hasQuote, normalise, words } from './text.js';

/**
 * Photo captions. Decision: captions are dropped, not kept. A caption is written by a picture desk, not the reporter;
 * it restates the story out of order ("A photo released by ... shows ..."), and pages often print it twice (once
 * plain, once with the credit glued on), which would double-count facts and confuse "who said" answers. Only captions
 * that give themselves away are removed: a line repeated with a credit appended, a line ending in a photo credit, or
 * a line in the same block as a standalone credit line. A caption with no such signal is indistinguishable from prose
 * and stays.
 */
const CREDIT_AT_END: RegExp[] = [
  /\((?:[\w.]+ )?(?:photo|photograph|image|picture|pic|file photo|credit)s?\b[^()]{0,80}\)\s*$/i,
  /\b(?:photo|photograph|image|picture|credit)s?\s*:\s*[^.!?:]{1,60}$/i,
  /\b(?:AP|AFP|REUTERS|Reuters|EPA|EPA-EFE|Getty Images|ANP|DPA|dpa|ANSA|Xinhua|Bloomberg)\s*\/\s*[\p{L} .'/-]{2,60}\)?$/u,
  /\b(?:via|for|\/)\s*Getty Images\)?$/,
  /\bGetty Images\)?$/,
  // Syndicated galleries end each caption, often cut short ("... widening... (Associated Press)"), with the agency
  // in brackets; prose names its agency in the dateline, never as a bracket closing the paragraph.
  /(?:\.\.\.|…|[.!?]|\p{L})\s*\((?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|EPA)\)\s*$/u,
];

/** A credit glued straight onto a caption's final stop with no space: "...in the drone strike.NYT". */
const GLUED_CREDIT = /\p{Ll}[.!?]([\p{Lu}][\p{L}\p{N}/ .&'-]{1,40})$/u;

/** Agency caption labels: "FILE PHOTO: ...", "FILE - In this Dec. 31 photo ...". Upper case only: prose says "file". */
const CAPTION_OPENER = /^(?:FILE PHOTO|FILE|PHOTO|IMAGE)\s*[:\-–—]\s/;

/**
 * A gallery link in brackets at the end of a paragraph ("... told reporters. [In Photos: The Largest Dams]"): the
 * picture word follows other words inside the brackets, so it titles a link; a credit starts with it ("[Photo: X]").
 */
const GALLERY_LINK = /\[[^\][]*?\S\s+(?:photos|images|pictures|videos|gallery)\s*:[^\]]*\]\s*$/i;

export function endsWithPhotoCredit(text: string): boolean {
  if (GALLERY_LINK.test(text)) return false;
  return CREDIT_AT_END.some((r) => r.test(text)) || GLUED_CREDIT.test(text);
}

/** Reasons for units recognised as captions, keyed by unit index. */
export function findCaptions(units: Unit[], isCreditLine: (text: string) => boolean): Map<number, string> {
  const found = new Map<number, string>();
  const norms = units.map((u) => normalise(u.text));
  units.forEach((unit, i) => {
    if (isCreditLine(unit.text)) {
      found.set(i, 'image credit');
      // A standalone credit line captions the line just above it in the same block.
      const prev = units[i - 1];
      if (prev && prev.block === unit.block && words(prev.text).length <= 80 && !isQuotedProse(prev.text)) {
        found.set(i - 1, 'photo caption (followed by a credit line)');
      }
      return;
    }
    if (CAPTION_OPENER.test(unit.text) && words(unit.text).length <= 80) found.set(i, 'photo caption (file photo label)');
    if (endsWithPhotoCredit(unit.text) && words(unit.text).length <= 80 && !isQuotedProse(unit.text)) {
      found.set(i, 'photo caption (ends with a photo credit)');
    }
    // The same caption printed twice, the second time with a credit appended: drop both copies.
    for (let j = Math.max(0, i - 3); j < i; j++) {
      const a = norms[j] as string;
      const b = norms[i] as string;
      if (a.length < 30 || !b.startsWith(a) || b === a) continue;
      const tail = b.slice(a.length).trim();
      if (tail.length <= 60 && (!/[.!?]/.test(tail) || endsWithPhotoCredit(units[i]?.text ?? ''))) {
        found.set(j, 'photo caption (repeated with a credit appended)');
        found.set(i, 'photo caption (repeated with a credit appended)');
      }
    }
  });
  return found;
}

/** A paragraph that opens with a quotation is reporting, whatever trails it. */
function isQuotedProse(text: string): boolean {
  return /^["“«'‘]/u.test(text.trim()) && hasQuote(text);
}
