/**
 * Whether a phrase read as a person could be one. A reader never takes a place ("Saxony", "Pyongyang") or a name
 * written with "The" ("The Horizon", a product) for a person speaking; such a phrase is no speaker when the
 * sentence gives no speech verb to make a place stand for its government.
 */
import { isPlaceName } from '../entities/gazetteer.js';
import type { SpeakerPhrase } from './phrase.js';

export function couldBePerson(phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'person') return true;
  if (/^The\s/.test(phrase.name)) return false;
  return !isPlaceName(phrase.name);
}
