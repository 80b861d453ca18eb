/**
 * Per-article person names: maps what the text writes at a speaker position ("Stoltenberg") to the article's full
 * name for that person ("Jens Stoltenberg") and a role. Entity mentions from the shared entity extractor are used
 * when present; otherwise full names are found by a plain scan for capitalised name sequences in the body, so quotes
 * work even when entity extraction is unavailable.
 */
import type { EntityMention } from '../types.js';
import { NAME_PARTICLES, ORG_NAME_WORDS, TITLE_JOINERS, TITLE_WORDS } from './lexicon.js';
import { isAllCaps, isCalendarWord, tokenize } from './tokens.js';

export interface NameInfo {
  name: string;
  role?: string;
}

export class NameIndex {
  private readonly mentions: EntityMention[];
  /** Last name -> full names seen for it (from mentions or the scan). */
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly roles = new Map<string, string>();

  constructor(body: string, mentions: EntityMention[]) {
    this.mentions = mentions.filter((m) => m.type === 'person');
    for (const m of this.mentions) {
      this.addFull(m.name);
      if (m.role && !this.roles.has(m.name)) this.roles.set(m.name, m.role);
    }
    if (this.mentions.length === 0) this.scan(body);
  }

  private addFull(full: string): void {
    const parts = full.split(/\s+/);
    if (parts.length < 2) return;
    const last = parts[parts.length - 1] as string;
    const set = this.bySurname.get(last) ?? new Set<string>();
    set.add(full);
    this.bySurname.set(last, set);
  }

  private scan(body: string): void {
    const tokens = tokenize(body);
    let run: string[] = [];
    let title: string[] = [];
    const flush = (): void => {
      while (run.length > 0 && NAME_PARTICLES.has(run[run.length - 1] as string)) run.pop();
      if (run.length >= 2 && run.length <= 4 && !run.some((w) => ORG_NAME_WORDS.has(w) || isAllCaps(w))) {
        const full = run.join(' ');
        this.addFull(full);
        if (title.length > 0 && !this.roles.has(full)) this.roles.set(full, title.join(' '));
      }
      run = [];
      title = [];
    };
    let prevEnd = -1;
    for (const t of tokens) {
      const gap = prevEnd < 0 ? ' ' : body.slice(prevEnd, t.start);
      prevEnd = t.end;
      if (!/^\s+$/.test(gap) || /\n/.test(gap)) flush();
      const w = t.text;
      const capital = /^\p{Lu}[\p{Ll}'’\-]+$/u.test(w) || /^\p{Lu}[\p{Ll}]*-\p{Lu}/u.test(w);
      if (run.length === 0 && (TITLE_WORDS.has(w) || (title.length > 0 && TITLE_JOINERS.has(w)))) {
        title.push(w);
        continue;
      }
      if ((capital && !isCalendarWord(w) && !TITLE_WORDS.has(w)) || (run.length > 0 && NAME_PARTICLES.has(w))) {
        run.push(w.replace(/['’]s$/, ''));
        if (/['’]s$/.test(w)) flush();
      } else {
        flush();
      }
    }
    flush();
  }

  /** The full name and role for a person written as `written` at [start, end) in the body. */
  resolve(written: string, start: number, end: number): NameInfo {
    const mention = this.mentions.find((m) => m.start < end && m.end > start);
    if (mention) return this.withRole(mention.name, mention.role);
    const parts = written.split(/\s+/);
    const last = parts[parts.length - 1] as string;
    const candidates = [...(this.bySurname.get(last) ?? [])].filter((full) => full.endsWith(written));
    if (candidates.length === 1) return this.withRole(candidates[0] as string);
    return this.withRole(written);
  }

  private withRole(name: string, role?: string): NameInfo {
    const r = role ?? this.roles.get(name);
    return r ? { name, role: r } : { name };
  }
}
