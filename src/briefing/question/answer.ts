import type { CommandContext } from '../../core/commands.js';
import type { Reply } from '../../core/reply.js';
import type { Logger } from '../../core/logger.js';
import { engineFor, type BriefingEngine } from '../engine.js';
import { answerGeneral, answerHowMany, answerWhatHappenedOn, answerWhen, answerWhoIs } from './facts.js';
import { cleanQuestion, parseQuestion } from './parse.js';
import { answerWhatSaid, answerWhoSaid } from './quotes.js';

/**
 * Answers a plain-language question from the sources only: quotes for "who said"/"what did X say", number facts for
 * "how many", resolved dates for "when"/"what happened on", entities and sentences for "who is", and the best
 * matching sentences otherwise. When nothing supports an answer it says so and lists the nearest sources.
 */
export async function answerQuestion(text: string, ctx: CommandContext): Promise<Reply> {
  const engine = engineFor(ctx.library, ctx.logger);
  const question = cleanQuestion(text);
  // Answers depend only on the question and the library version (replies are never mutated after building).
  return engine.answer(`ask:${question}`, () => compute(engine, ctx.logger, question, text));
}

function compute(engine: BriefingEngine, logger: Logger, question: string, text: string): Reply {
  const q = parseQuestion(text);
  switch (q.kind) {
    case 'who-said':
      return answerWhoSaid(engine, logger, question, q.words);
    case 'what-said':
      return answerWhatSaid(engine, logger, question, q.speaker, q.about);
    case 'how-many':
      return answerHowMany(engine, logger, question, q.counted, q.rest);
    case 'when':
      return answerWhen(engine, logger, question, q.event);
    case 'who-is':
      return answerWhoIs(engine, logger, question, q.subject);
    case 'what-happened-on':
      return answerWhatHappenedOn(engine, logger, question, q.day) ?? answerGeneral(engine, logger, question, question);
    case 'general':
      return answerGeneral(engine, logger, question, q.text);
  }
}
