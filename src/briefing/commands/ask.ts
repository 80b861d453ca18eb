import { UserError, type CommandSpec } from '../../core/commands.js';
import { answerQuestion } from '../question/answer.js';
import { engineWithTopics, type BriefingDeps } from './deps.js';

const USAGE = '/ask <question>';

export function askCommand(deps: BriefingDeps): CommandSpec {
  return {
    name: 'ask',
    usage: USAGE,
    summary: 'Answers a question from the sources only, cited (who said…, what did X say about…, how many…, when…).',
    options: [{ name: 'question', description: 'Your question', required: true }],
    async run(args, ctx) {
      if (!args.trim()) throw new UserError('Ask a question, e.g. /ask who said training was suspended?', USAGE);
      engineWithTopics(ctx, deps);
      return answerQuestion(args, ctx);
    },
  };
}
