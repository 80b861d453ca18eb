/**
 * Speaker resolution across an article: turns a parsed speaker phrase into a Speaker, remembering who has been
 * introduced so that "he", "they", "the diplomat" and "another diplomat" resolve the way a reader resolves them.
 *
 * - Pronouns take the most recent compatible referent: he/she a person or a singular person description whose
 *   gender is unknown or matches (a resolved pronoun then fixes that referent's gender); they a group, plural
 *   description or organisation; it an organisation. I/we are not resolved (unknown).
 * - "the diplomat" is the most recent referent with that head noun (or a named person whose role has it, so "the
 *   secretary-general" is Jens Stoltenberg when he was introduced as such); without one it is a new description.
 * - "another diplomat" / "a second diplomat" is a new description that inherits the qualifiers of the latest
 *   same-head description ("a NATO diplomat" -> "another NATO diplomat").
 */
import type { Speaker } from '../types.js';
import type { NameIndex } from './names.js';
import { genderOf, isEpithet, type Gender, type SpeakerPhrase } from './phrase.js';

interface Referent {
  speaker: Speaker;
  /** Last offset at which the text referred to it. */
  at: number;
  gender?: Gender;
  plural: boolean;
  person: boolean;
  head?: string;
  modifiers: string[];
  /** Lowercased words of the role, for "the secretary-general". */
  roleWords: string[];
}

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'other', 'further', 'separate', 'different']);
const NEW_REFERENT_DETERMINERS = new Set(['another']);

const norm = (w: string): string => w.toLowerCase().replace(/[’']/g, "'");

export class Discourse {
  private readonly referents: Referent[] = [];

  constructor(private readonly names: NameIndex) {}

  /** A lone capitalised word is a person only when the article gives someone that surname in full. */
  isKnownPerson(name: string): boolean {
    return name.includes(' ') || this.names.knowsSurname(name);
  }

  /** A person the narrative makes the subject of a sentence (a candidate for a later "he"/"she"). */
  notePerson(name: string, role: string | undefined, at: number, gender?: Gender): void {
    const speaker: Speaker = { name, kind: 'person' };
    if (role) speaker.role = role;
    this.remember(speaker, at, { person: true, plural: false, gender, modifiers: [] });
  }

  /** Resolves a phrase parsed from a paragraph starting at body offset `base`. */
  resolve(phrase: SpeakerPhrase, base: number): Speaker {
    const at = base + phrase.start;
    const asWritten = phrase.text;
    switch (phrase.kind) {
      case 'pronoun':
        return this.resolvePronoun(phrase, at, asWritten);
      case 'person': {
        const info = this.names.resolve(phrase.name, base + (phrase.nameStart ?? phrase.start), base + (phrase.nameEnd ?? phrase.end));
        const speaker: Speaker = { name: info.name, kind: 'person', asWritten };
        const role = phrase.role ?? info.role;
        if (role) speaker.role = role;
        const gender = phrase.gender ?? genderOf(info.name.split(/\s+/));
        const ref = this.remember(speaker, at, { person: true, plural: false, gender, modifiers: [] });
        if (!speaker.role && ref.speaker.role) speaker.role = ref.speaker.role;
        return speaker;
      }
      case 'group': {
        const speaker: Speaker = { name: phrase.name, kind: 'group', asWritten };
        this.remember(speaker, at, { person: false, plural: true, modifiers: [] });
        return speaker;
      }
      case 'organization':
      case 'description':
        return this.resolveDescription(phrase, at, asWritten);
    }
  }

  private remember(speaker: Speaker, at: number, extra: Omit<Referent, 'speaker' | 'at' | 'roleWords'>): Referent {
    const existing = this.referents.find((r) => r.speaker.kind === speaker.kind && r.speaker.name === speaker.name);
    const roleWords = (speaker.role ?? '').toLowerCase().split(/[\s-]+/).filter(Boolean);
    if (existing) {
      existing.at = Math.max(existing.at, at);
      existing.gender ??= extra.gender;
      if (speaker.role && !existing.speaker.role) existing.speaker.role = speaker.role;
      existing.roleWords = [...new Set([...existing.roleWords, ...roleWords])];
      return existing;
    }
    const ref: Referent = { speaker: { name: speaker.name, kind: speaker.kind }, at, roleWords, ...extra };
    if (speaker.role) ref.speaker.role = speaker.role;
    this.referents.push(ref);
    return ref;
  }

  private recent(at: number, ok: (r: Referent) => boolean): Referent | undefined {
    let best: Referent | undefined;
    for (const r of this.referents) if (r.at <= at && ok(r) && (!best || r.at > best.at)) best = r;
    return best;
  }

  private resolvePronoun(phrase: SpeakerPhrase, at: number, asWritten: string): Speaker {
    const p = phrase.pronoun;
    let ref: Referent | undefined;
    if (p === 'he' || p === 'she') {
      const gender: Gender = p === 'he' ? 'male' : 'female';
      ref = this.recent(at, (r) => r.person && !r.plural && (r.gender === undefined || r.gender === gender));
      if (ref) ref.gender ??= gender;
    } else if (p === 'they') {
      ref = this.recent(at, (r) => r.plural || r.speaker.kind === 'organization');
    } else if (p === 'it') {
      ref = this.recent(at, (r) => r.speaker.kind === 'organization' && !r.plural);
    }
    if (!ref) return { name: 'unknown', kind: 'unknown', asWritten };
    ref.at = Math.max(ref.at, at);
    return this.out(ref, asWritten);
  }

  private out(ref: Referent, asWritten: string): Speaker {
    const s: Speaker = { ...ref.speaker, asWritten };
    return s;
  }

  private resolveDescription(phrase: SpeakerPhrase, at: number, asWritten: string): Speaker {
    const kind = phrase.kind === 'organization' ? 'organization' : 'description';
    const det = phrase.determiner;
    const head = phrase.head;
    const mods = (phrase.modifiers ?? []).map(norm);
    // Anaphora only for common-noun descriptions: "the Bank of Norvania" is a name, "the bank" refers back.
    const properName = /^\p{Lu}/u.test(headWord(phrase));
    if (head && !properName && (det === 'the' || det === 'this' || det === 'that')) {
      const plain = mods.filter((m) => !ORDINALS.has(m));
      const ref = this.recent(at, (r) => this.sameReferent(r, head, plain, phrase.plural ?? false));
      if (ref) {
        ref.at = Math.max(ref.at, at);
        return this.out(ref, asWritten);
      }
      if (isEpithet(head) && !phrase.plural) {
        // "the former Ireland international said": the latest person, whatever the gender.
        const person = this.recent(at, (r) => r.speaker.kind === 'person');
        if (person) {
          person.at = Math.max(person.at, at);
          return this.out(person, asWritten);
        }
      }
    }
    let name = phrase.name;
    const ownMods = mods.filter((m) => !ORDINALS.has(m));
    const isNewOfSame = det !== undefined && (NEW_REFERENT_DETERMINERS.has(det) || mods.some((m) => ORDINALS.has(m)));
    if (head && isNewOfSame && ownMods.length === 0 && !phrase.complement) {
      const prev = this.recent(at, (r) => r.head === head && r.modifiers.length > 0);
      if (prev) {
        const ordinals = (phrase.modifiers ?? []).filter((m) => ORDINALS.has(norm(m)));
        name = [det, ...ordinals, ...prev.modifiers.map((m) => this.originalModifier(prev, m)), headWord(phrase)].join(' ');
      }
    }
    const speaker: Speaker = { name, kind };
    const modsForRef = (phrase.modifiers ?? []).filter((m) => !ORDINALS.has(norm(m)));
    const inherited = name === phrase.name ? modsForRef.map(norm) : name.split(' ').slice(1, -1).map(norm).filter((m) => !ORDINALS.has(m));
    const person = kind === 'description' && !phrase.plural;
    const ref: Referent = {
      speaker,
      at,
      plural: phrase.plural ?? false,
      person,
      modifiers: inherited,
      roleWords: [],
    };
    if (head) ref.head = head;
    if (phrase.gender) ref.gender = phrase.gender;
    // Indefinite descriptions introduce a new source each time, even with the same words.
    this.referents.push(ref);
    return { ...speaker, asWritten };
  }

  private originalModifier(ref: Referent, lowered: string): string {
    const words = ref.speaker.name.split(' ');
    return words.find((w) => norm(w) === lowered) ?? lowered;
  }

  private sameReferent(r: Referent, head: string, mods: string[], plural: boolean): boolean {
    if (r.plural !== plural) return false;
    const pool = new Set([...r.modifiers, ...r.roleWords]);
    if (r.head === head) return mods.every((m) => pool.has(m));
    // "the secretary-general" for a person introduced as "the NATO secretary-general".
    if (r.roleWords.length > 0) {
      const headParts = head.split('-');
      return headParts.every((h) => r.roleWords.includes(h)) && mods.every((m) => pool.has(m));
    }
    return false;
  }
}

function headWord(phrase: SpeakerPhrase): string {
  const words = phrase.name.split(' ');
  const mods = phrase.modifiers ?? [];
  return words.slice(1 + mods.length).join(' ') || (words[words.length - 1] as string);
}
