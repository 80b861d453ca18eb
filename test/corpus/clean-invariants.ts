import { expect } from 'vitest';
import type { CleanResult } from '../../src/corpus/clean.js';

/**
 * What must hold for any body: offsets are verbatim and trimmed, kept and removed never overlap, and every visible
 * character of the body is accounted for (kept or removed with a reason), so the cleaner can never lose text silently.
 */
export function expectCleanInvariants(body: string, result: CleanResult): void {
  const spans = [
    ...result.paragraphs.map((p) => ({ ...p, kind: 'kept' })),
    ...result.removed.map((r) => ({ ...r, kind: 'removed' })),
  ].sort((a, b) => a.start - b.start);
  result.paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(body.slice(p.start, p.end)).toBe(p.text);
    expect(p.text).toBe(p.text.trim());
    expect(p.text.length).toBeGreaterThan(0);
  });
  for (const r of result.removed) {
    expect(body.slice(r.start, r.end)).toBe(r.text);
    expect(r.reason.length).toBeGreaterThan(0);
  }
  for (let i = 1; i < spans.length; i++) {
    expect(spans[i]!.start, `overlap at ${spans[i]!.start}`).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  }
  // Characters outside all spans may only be whitespace and Markdown block markers (list bullets, #, >).
  let uncovered = '';
  let at = 0;
  for (const s of spans) {
    uncovered += body.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  uncovered += body.slice(at);
  const leftovers = uncovered.replace(/(^|\n)[ \t]*(?:(?:#{1,6}|[-*+•▪●◦]|\d{1,3}[.)])(?=[ \t])|>)/g, '$1').replace(/\s+/g, '');
  expect(leftovers).toBe('');
}

export function keptTexts(result: CleanResult): string[] {
  return result.paragraphs.map((p) => p.text);
}

export function removedTexts(result: CleanResult): string[] {
  return result.removed.map((r) => r.text);
}
