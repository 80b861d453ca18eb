/**
 * Corpus-wide speaker names: a person quoted as "Stoltenberg" in an article that never gives his first name gets
 * the corpus entity's canonical name ("Jens Stoltenberg") and id. Only person speakers are mapped, and only when the
 * entity lookup finds a person entity for the name; descriptions, groups and unknown speakers are left as written.
 *
 * A lone surname is mapped only to an entity the registry tied to the quote's own article (it clusters a bare surname
 * with a full name only across related articles): in a corpus of unrelated stories "Hall said" is more often a
 * namesake than the Mark Hall of another article, and a wrong name is worse than the surname as written. For the
 * same reason a full name from another article maps only to an entity that has that very name among its aliases.
 */
import type { EntityLookup } from '../../core/library.js';
import { aliasKey } from '../entities/keys.js';
import type { Entity, Quote } from '../types.js';

export function canonicalizeSpeakers(quotes: Quote[], entities: EntityLookup): Quote[] {
  const fits = (q: Quote, entity: Entity): boolean => {
    const written = q.speaker.name.trim();
    // Never shorter than what the article wrote: "Pope Francis" stays, a title is part of that name.
    if (entity.name.split(/\s+/).length < written.split(/\s+/).length) return false;
    if (entity.articleIds.includes(q.articleId)) return true;
    // From another article, a full name maps only to an entity known by that very name: the lookup also retries
    // without a leading title or place word, and "Paris Jackson" or "Georgia Whitlock" is not the Jackson or
    // Whitlock of an unrelated story.
    const key = aliasKey(written);
    return /\s/.test(written) && entity.aliases.some((a) => aliasKey(a) === key);
  };
  return quotes.map((q) => {
    if (q.speaker.kind !== 'person') return q;
    const entity = entities.lookup(q.speaker.name);
    if (!entity || entity.type !== 'person' || !fits(q, entity)) return q;
    const speaker = { ...q.speaker, name: entity.name, entityId: entity.id };
    if (!speaker.role && entity.roles[0]) speaker.role = entity.roles[0];
    return { ...q, speaker };
  });
}
