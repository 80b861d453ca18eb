import type { CommandSpec } from '../../core/commands.js';
import { infoReply, type CitedText, type Reply } from '../../core/reply.js';
import { Citations } from '../citations.js';
import { asOfLine, formatPublished, plural } from '../format.js';
import { engineWithTopics, type BriefingDeps } from './deps.js';
import { resolveTopicOrWords, suggestionText, topicArg, TOPIC_OPTION } from './resolve.js';

const USAGE = '/sources <topic>';
const LISTED = 25;

export function sourcesCommand(deps: BriefingDeps): CommandSpec {
  return {
    name: 'sources',
    usage: USAGE,
    summary: "A topic's articles, newest first: outlet, date, link, and how many quotes and facts each gives.",
    options: [TOPIC_OPTION],
    async run(args, ctx) {
      const arg = topicArg(args, USAGE);
      const engine = engineWithTopics(ctx, deps);
      const r = resolveTopicOrWords(arg, engine);
      if (r.articles.length === 0) {
        const hint = r.kind === 'words' ? suggestionText(r.suggestions, engine.topics) : '';
        return infoReply('No sources', `No article matches ${arg}. ${hint}`.trim());
      }
      const title = r.kind === 'topic' ? r.topic.title : r.words;
      return engine.memo(`sources:${r.kind === 'topic' ? r.topic.slug : `w:${r.words}`}`, () => {
        const cites = new Citations();
        const items: CitedText[] = r.articles.slice(0, LISTED).map((a) => {
          const an = ctx.library.analysis(a.id);
          const quotes = an?.quotes.length ?? 0;
          const facts = (an?.numbers.length ?? 0) + (an?.dates.length ?? 0);
          return { text: `${a.outlet}: ${a.title} (${formatPublished(a)}) · ${plural(quotes, 'quote')}, ${plural(facts, 'fact')}`, cites: [cites.cite(a)] };
        });
        const sections: Reply['sections'] = [{ blocks: [{ type: 'bullets', items }] }];
        const more = r.articles.length - LISTED;
        if (more > 0) sections.push({ blocks: [{ type: 'text', text: { text: `and ${plural(more, 'older article')}.`, cites: [] } }] });
        const reply: Reply = { kind: 'sources', title: `Sources: ${title}`, subtitle: asOfLine(r.articles), sections, citations: cites.list };
        return reply;
      });
    },
  };
}
