/**
 * Corpus-wide speaker names: a person quoted as "Stoltenberg" in an article that never gives his first name gets
 * the corpus entity's canonical name ("Jens Stoltenberg") and id. Only person speakers are mapped, and only when the
 * entity lookup finds a person entity for the name; descriptions, groups and unknown speakers are left as written.
 */
import type { EntityLookup } from '../../core/library.js';
import type { Quote } from '../types.js';

export function canonicalizeSpeakers(quotes: Quote[], entities: EntityLookup): Quote[] {
  return quotes.map((q) => {
    if (q.speaker.kind !== 'person') return q;
    const entity = entities.lookup(q.speaker.name);
    if (!entity || entity.type !== 'person') return q;
    const speaker = { ...q.speaker, name: entity.name, entityId: entity.id };
    if (!speaker.role && entity.roles[0]) speaker.role = entity.roles[0];
    return { ...q, speaker };
  });
}
