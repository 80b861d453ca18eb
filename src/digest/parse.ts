import { UserError } from '../core/commands.js';
import { normaliseTime } from '../scheduler/slots.js';
import { canonicalTimeZone } from '../scheduler/zone.js';
import type { DayRule } from '../store/types.js';

export const SUBSCRIBE_USAGE = '/digest subscribe <topic> [at HH:MM[,HH:MM]] [tz <IANA zone>] [weekdays] [twice-daily] [quiet]';
export const DEFAULT_TIME = '08:00';
/** "twice-daily" without times: start and end of a working day. */
export const TWICE_DAILY = ['08:00', '18:00'];
const MAX_TIMES = 4;

export interface SubscribeRequest {
  topic: string;
  times: string[];
  days: DayRule;
  timezone: string;
  quiet: boolean;
}

function fail(message: string): never {
  throw new UserError(message, SUBSCRIBE_USAGE);
}

function parseTimes(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const t = normaliseTime(raw);
    if (!t) fail(`"${raw}" is not a time. Use 24-hour HH:MM, e.g. 08:00 or 17:30.`);
    out.push(t);
  }
  return out;
}

/** Parse the words after "/digest subscribe". Every mistake is a UserError naming the word and showing the usage. */
export function parseSubscribe(args: string, defaultTimezone: string): SubscribeRequest {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const topic = words.shift()?.toLowerCase();
  if (!topic) fail('Which topic? Give its name first.');
  let times: string[] | undefined;
  let timezone = defaultTimezone;
  let days: DayRule = 'daily';
  let twice = false;
  let quiet = false;
  while (words.length > 0) {
    const word = words.shift()!;
    switch (word.toLowerCase()) {
      case 'at': {
        // Accept "at 08:00,18:00", "at 08:00, 18:00" and "at 08:00 18:00".
        const parts: string[] = [];
        while (words.length > 0 && /^[\d:,]+$/.test(words[0]!)) parts.push(words.shift()!);
        if (parts.length === 0) fail('"at" needs a time, e.g. at 08:00.');
        times = [...(times ?? []), ...parseTimes(parts.join(','))];
        break;
      }
      case 'tz': {
        const zone = words.shift();
        if (!zone) fail('"tz" needs an IANA time zone, e.g. tz Europe/Brussels.');
        const canonical = canonicalTimeZone(zone);
        if (!canonical) fail(`"${zone}" is not an IANA time zone. Use a name like Europe/Brussels or America/New_York.`);
        timezone = canonical;
        break;
      }
      case 'weekdays':
        days = 'weekdays';
        break;
      case 'daily':
        days = 'daily';
        break;
      case 'twice-daily':
        twice = true;
        break;
      case 'quiet':
        quiet = true;
        break;
      default:
        fail(`Unknown option "${word}".`);
    }
  }
  if (twice && times !== undefined && times.length !== 2) fail('twice-daily takes two times: at HH:MM,HH:MM (or no times for 08:00 and 18:00).');
  const chosen = [...new Set(times ?? (twice ? TWICE_DAILY : [DEFAULT_TIME]))].sort();
  if (chosen.length > MAX_TIMES) fail(`At most ${MAX_TIMES} times a day.`);
  return { topic, times: chosen, days, timezone, quiet };
}
