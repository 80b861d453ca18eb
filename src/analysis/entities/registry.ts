import type { Article } from '../../corpus/article.js';
import type { EntityLookup } from '../../core/library.js';
import { nameTokens, normalizeName } from '../text/names.js';
import { sameNameToken, samePersonName } from './name-variants.js';
import type { ArticleAnalysis, Entity, EntityMention, EntityType } from '../types.js';
import { definedAcronyms } from './acronyms.js';
import { aliasKey, slugify } from './keys.js';
import { isQualifier } from './roles.js';
import { isHonorific, isTitleWord } from './titles.js';

/** One local entity of one article: all mentions sharing a type and a local canonical name. */
interface LocalEntity {
  articleId: string;
  type: EntityType;
  name: string;
  tokens: string[];
  surfaces: Map<string, number>;
  roles: Map<string, number>;
  count: number;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function collect(articleId: string, mentions: EntityMention[]): LocalEntity[] {
  const byKey = new Map<string, LocalEntity>();
  for (const m of mentions) {
    const key = `${m.type}\u0000${m.name}`;
    let e = byKey.get(key);
    if (!e) {
      e = { articleId, type: m.type, name: m.name, tokens: nameTokens(m.name), surfaces: new Map(), roles: new Map(), count: 0 };
      byKey.set(key, e);
    }
    e.count++;
    bump(e.surfaces, m.text.replace(/\s+/g, ' '));
    if (m.role) bump(e.roles, m.role);
  }
  return [...byKey.values()];
}

/**
 * Corpus-wide entities, rebuilt lazily after articles are added or removed. People are merged conservatively:
 * full names only when both first name and surname are spelling variants ("Qasem"/"Qassem Soleimani"); a surname
 * that was never written with a first name in its article joins a full name only when exactly one person in the
 * corpus fits it (or, among several, exactly one shares a role with it). Organisations and places merge by
 * normalised name, with the usual equivalents ("U.S." = "US" = "United States").
 */
export class EntityRegistry implements EntityLookup {
  private readonly articles = new Map<string, LocalEntity[]>();
  private built: { entities: Entity[]; byId: Map<string, Entity>; byAlias: Map<string, Entity>; byRole: Map<string, Entity> } | undefined;

  /** Acronyms introduced in parentheses, per article: "North Atlantic Treaty Organization (NATO)". */
  private readonly acronyms = new Map<string, Array<[string, string]>>();

  /** Adds or replaces an article's mentions. */
  add(article: Article, analysis: ArticleAnalysis): void {
    this.articles.set(article.id, collect(article.id, analysis.mentions));
    this.acronyms.set(article.id, acronymLinks(article.body, analysis.mentions));
    this.built = undefined;
  }

  /** Returns false when the article was not registered. */
  remove(articleId: string): boolean {
    const had = this.articles.delete(articleId);
    this.acronyms.delete(articleId);
    if (had) this.built = undefined;
    return had;
  }

  all(): Entity[] {
    return this.build().entities;
  }

  get(id: string): Entity | undefined {
    return this.build().byId.get(id);
  }

  lookup(nameOrAlias: string): Entity | undefined {
    const exact = this.lookupKey(aliasKey(nameOrAlias));
    if (exact) return exact;
    // "Secretary General Jens Stoltenberg", "Mr. Esper": retry without leading titles and qualifiers
    const words = nameOrAlias.trim().split(/\s+/);
    let k = 0;
    let qualified = false;
    while (k < words.length - 1 && (isTitleWord(words[k] as string) || isHonorific(words[k] as string) || isQualifier(words[k] as string))) {
      // The loop condition holds, so a word that is neither title nor honorific is a qualifier.
      qualified ||= !isTitleWord(words[k] as string) && !isHonorific(words[k] as string);
      k++;
    }
    // "Paris Jackson", "Georgia Whitlock": a place word may be a given name, so it never leaves a bare surname.
    if (k === 0 || (qualified && words.length - k < 2)) return undefined;
    return this.lookupKey(aliasKey(words.slice(k).join(' ')));
  }

  private lookupKey(key: string): Entity | undefined {
    const b = this.build();
    if (!key) return undefined;
    const direct = b.byAlias.get(key) ?? b.byRole.get(key);
    if (direct) return direct;
    const tokens = key.split(' ');
    if (tokens.length !== 1) return undefined;
    const bySurname = b.entities.filter((e) => e.type === 'person' && nameTokens(e.name).length > 1 &&
      sameNameToken(nameTokens(e.name).at(-1) as string, key));
    return bySurname.length === 1 ? bySurname[0] : undefined;
  }

  private build(): NonNullable<EntityRegistry['built']> {
    if (this.built) return this.built;
    const locals = [...this.articles.values()].flat();
    const clusters = [...clusterPeople(locals.filter((l) => l.type === 'person'), relatedArticles(locals)), ...clusterByName(locals.filter((l) => l.type !== 'person'), [...this.acronyms.values()].flat())];
    const entities = clusters.map(toEntity).sort((a, b) => b.mentionCount - a.mentionCount || (a.name < b.name ? -1 : 1));
    const byId = new Map<string, Entity>();
    for (const e of entities) {
      let id = e.id;
      if (byId.has(id)) id = `${e.id}-${e.type}`;
      for (let n = 2; byId.has(id); n++) id = `${e.id}-${e.type}-${n}`;
      e.id = id;
      byId.set(id, e);
    }
    const byAlias = new Map<string, Entity>();
    for (const e of entities) {
      for (const a of [e.name, ...e.aliases]) {
        const k = aliasKey(a);
        if (k && !byAlias.has(k)) byAlias.set(k, e); // entities are sorted by mentions: the most mentioned wins
      }
    }
    const byRole = new Map<string, Entity>();
    for (const e of entities) {
      for (const r of e.roles) {
        const k = aliasKey(r);
        if (k && k.includes(' ') && !byAlias.has(k) && !byRole.has(k)) byRole.set(k, e);
      }
    }
    this.built = { entities, byId, byAlias, byRole };
    return this.built;
  }
}

/** Whether two articles are about the same story, judged by what else they name (the candidate's own name aside). */
type Related = (a: string, b: string, except: string) => boolean;

/**
 * Two articles are related when they share two named entities, or one person named in full: a lone surname in an
 * unrelated article is more often a namesake than the same person.
 */
function relatedArticles(locals: LocalEntity[]): Related {
  const keys = new Map<string, Set<string>>();
  for (const l of locals) {
    const set = keys.get(l.articleId) ?? new Set<string>();
    // the type is left out: one article may take "Delmar Foods" for a person, another for an organisation
    set.add(l.tokens.length > 1 && l.type === 'person' ? `person:${l.tokens.join(' ')}` : `name:${aliasKey(l.name)}`);
    keys.set(l.articleId, set);
  }
  return (a, b, except) => {
    if (a === b) return true;
    const ka = keys.get(a);
    const kb = keys.get(b);
    if (!ka || !kb) return false;
    let shared = 0;
    for (const k of ka) {
      if (!kb.has(k) || k.split(/[: ]/).includes(except)) continue;
      if (k.startsWith('person:') && k.includes(' ')) return true;
      if (++shared >= 2) return true;
    }
    return false;
  };
}

function clusterPeople(locals: LocalEntity[], related: Related): LocalEntity[][] {
  const full = locals.filter((l) => l.tokens.length > 1);
  const single = locals.filter((l) => l.tokens.length <= 1);
  const clusters: LocalEntity[][] = [];
  // Exact names first, so variants meet every spelling already grouped; a variant that fits two different people
  // ("J. Smith" with "John Smith" and "Jane Smith") joins neither.
  const exact = new Map<string, LocalEntity[]>();
  for (const l of full) {
    const key = l.tokens.join(' ');
    const c = exact.get(key);
    if (c) c.push(l);
    else {
      const fresh = [l];
      exact.set(key, fresh);
      clusters.push(fresh);
    }
  }
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i] as LocalEntity[];
    const tokens = (c[0] as LocalEntity).tokens;
    const initial = (tokens.at(-1) as string)[0];
    const fits = clusters.filter((o, k) => k !== i && (o[0] as LocalEntity).tokens.at(-1)?.[0] === initial &&
      samePersonName((o[0] as LocalEntity).tokens, tokens));
    if (fits.length !== 1) continue;
    const target = fits[0] as LocalEntity[];
    const rivals = clusters.filter((o) => o !== target && samePersonName((o[0] as LocalEntity).tokens, (target[0] as LocalEntity).tokens));
    if (rivals.length !== 1) continue; // the target itself fits several spellings: leave the decision open
    target.push(...c); // the target keeps its first member, so what fits it does not change
    clusters.splice(i, 1);
    i--;
  }
  const lonely = new Map<string, LocalEntity[]>();
  for (const l of single) {
    const surname = l.tokens[0] ?? '';
    const fits = clusters.filter((c) => c.some((o) => sameNameToken(o.tokens.at(-1) as string, surname) && related(l.articleId, o.articleId, surname)));
    let target: LocalEntity[] | undefined = fits.length === 1 ? fits[0] : undefined;
    if (fits.length > 1 && l.roles.size > 0) {
      const sharing = fits.filter((c) => c.some((o) => [...o.roles.keys()].some((r) => [...l.roles.keys()].some((q) => aliasKey(q) === aliasKey(r)))));
      if (sharing.length === 1) target = sharing[0];
    }
    if (target) target.push(l);
    else {
      const key = normalizeName(surname);
      lonely.set(key, [...(lonely.get(key) ?? []), l]);
    }
  }
  return [...clusters, ...lonely.values()];
}

/** Everyday equivalents for places and organisations written several ways. */
const EQUIVALENT: Record<string, string> = {
  us: 'united states', usa: 'united states', america: 'united states', 'united states of america': 'united states',
  uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  un: 'united nations', eu: 'european union', isil: 'islamic state', isis: 'islamic state', daesh: 'islamic state',
  'islamic state group': 'islamic state', irgc: 'revolutionary guards', 'islamic revolutionary guard corps': 'revolutionary guards',
  'north atlantic treaty organization': 'nato', afp: 'agence france presse',
};

/** Pairs [long form, acronym] where the text writes "Long Form Name (LFN)" (acronyms.ts). */
function acronymLinks(body: string, mentions: EntityMention[]): Array<[string, string]> {
  return [...definedAcronyms(body, mentions)].map(([acronym, long]) => [aliasKey(long.name), aliasKey(acronym)]);
}

function clusterByName(locals: LocalEntity[], acronyms: Array<[string, string]>): LocalEntity[][] {
  const expand = new Map<string, string>();
  for (const [long, short] of acronyms) expand.set(short, EQUIVALENT[long] ?? long);
  const groups = new Map<string, LocalEntity[]>();
  for (const l of locals) {
    const n = aliasKey(l.name);
    const key = `${l.type}:${EQUIVALENT[n] ?? expand.get(n) ?? n}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.values()];
}

function toEntity(cluster: LocalEntity[]): Entity {
  const names = new Map<string, number>();
  const surfaces = new Map<string, number>();
  const roles = new Map<string, number>();
  const types = new Map<string, number>();
  let count = 0;
  for (const l of cluster) {
    bump(names, l.name, l.count);
    for (const [s, n] of l.surfaces) bump(surfaces, s, n);
    for (const [r, n] of l.roles) bump(roles, r, n);
    bump(types, l.type, l.count);
    count += l.count;
  }
  const type = [...types.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as EntityType;
  // Canonical: most frequent full form (more than one word when there is one); ties go to the longest.
  const ranked = [...names.entries()].sort((a, b) => {
    const fa = a[0].includes(' ') ? 1 : 0;
    const fb = b[0].includes(' ') ? 1 : 0;
    return (type === 'person' ? fb - fa : 0) || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1);
  });
  const name = ranked[0]?.[0] ?? '';
  const aliases = [...new Set([name, ...names.keys(), ...surfaces.keys()])];
  return {
    id: slugify(name),
    type,
    name,
    aliases,
    roles: [...roles.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r),
    articleIds: [...new Set(cluster.map((l) => l.articleId))].sort(),
    mentionCount: count,
  };
}
