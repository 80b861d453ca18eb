import type { EntityLookup } from '../../core/library.js';
import type { CitedText } from '../../core/reply.js';
import type { Article } from '../../corpus/article.js';
import type { Citations } from '../citations.js';
import { plural } from '../format.js';
import { readableRole } from '../roles.js';
import type { BriefWindow } from '../window.js';

/** The people the window talks about most (mentions plus quotes), with the role the articles give them. */
export function keyPeople(window: BriefWindow, entities: EntityLookup, cites: Citations, max: number): CitedText[] {
  const people = new Map<string, { name: string; role?: string; mentions: number; quotes: number; articles: Article[] }>();
  const touch = (name: string, article: Article, role?: string) => {
    const e = entities.lookup(name);
    const canonical = e?.name ?? name;
    let p = people.get(canonical);
    if (!p) people.set(canonical, (p = { name: canonical, mentions: 0, quotes: 0, articles: [] }));
    p.role ??= role ?? e?.roles[0];
    if (!p.articles.includes(article)) p.articles.push(article);
    return p;
  };
  for (const { article, analysis } of window.items) {
    for (const m of analysis.mentions) if (m.type === 'person') touch(m.name, article, m.role).mentions++;
    for (const q of analysis.quotes) if (q.speaker.kind === 'person') touch(q.speaker.name, article, q.speaker.role).quotes++;
  }
  return [...people.values()]
    .sort((a, b) => b.quotes + b.mentions - (a.quotes + a.mentions) || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((p) => ({
      text: `${p.name}${p.role ? `, ${readableRole(p.role)}` : ''}${p.quotes > 0 ? ` (${plural(p.quotes, 'quote')})` : ''}`,
      cites: cites.citeAll(p.articles.slice(-3)),
    }));
}
