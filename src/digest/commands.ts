import { UserError, type CommandContext, type CommandSpec } from '../core/commands.js';
import { infoReply, type CitedText, type Reply } from '../core/reply.js';
import { nextSlot } from '../scheduler/slots.js';
import type { RunRecord, Store, Subscription } from '../store/types.js';
import { composeDigest } from './compose.js';
import { formatWhen, plural } from './format.js';
import { parseSubscribe, SUBSCRIBE_USAGE } from './parse.js';
import type { DigestSummarizer, SelectArticles, Topic, TopicList } from './types.js';

export interface DigestCommandDeps {
  store: Store;
  topics: TopicList;
  selectArticles: SelectArticles;
  /** Zone for subscriptions that name none (Config.defaultTimezone). */
  defaultTimezone: string;
  summarize?: DigestSummarizer;
  /** Called after a subscription changes so the cron jobs follow (DigestScheduler.refresh). */
  onSubscriptionsChanged?: () => Promise<void>;
}

const DIGEST_USAGE = '/digest subscribe|unsubscribe|list|now ...';
const USAGES = {
  subscribe: SUBSCRIBE_USAGE,
  unsubscribe: '/digest unsubscribe <topic>',
  list: '/digest list',
  now: '/digest now <topic>',
} as const;

const text = (t: string): CitedText => ({ text: t, cites: [] });

/** What /help shows for the two store-backed commands, with or without a store. */
const DIGEST_INFO = {
  name: 'digest',
  usage: DIGEST_USAGE,
  summary: 'Scheduled digests of new reporting on a topic: subscribe, unsubscribe, list, or preview now.',
} as const;
const STATUS_INFO = {
  name: 'status',
  usage: '/status',
  summary: "This channel's digests: next and last run, last error, and how much new reporting is waiting.",
} as const;

export function describeSchedule(s: Pick<Subscription, 'times' | 'days' | 'timezone' | 'quiet'>): string {
  return `${s.times.join(' and ')} ${s.days === 'weekdays' ? 'on weekdays' : 'daily'} (${s.timezone})${s.quiet ? ', quiet when nothing is new' : ''}`;
}

function requireManage(ctx: CommandContext, what: string): void {
  if (!ctx.input.user.canManage) {
    throw new UserError(`Only people who can manage this channel can ${what}. Ask a channel admin; /digest list shows what is set up.`);
  }
}

function findTopic(topics: TopicList, slug: string | undefined, usage: string): Topic {
  if (!slug) throw new UserError('Which topic?', usage);
  const all = topics();
  const t = all.find((x) => x.slug === slug.toLowerCase());
  if (!t) {
    const known = all.map((x) => x.slug).join(', ') || 'none are configured';
    throw new UserError(`Unknown topic "${slug}". Topics: ${known}.`, usage);
  }
  return t;
}

function topicTitle(topics: TopicList, slug: string): string {
  return topics().find((t) => t.slug === slug)?.title ?? slug;
}

export function createDigestCommands(deps: DigestCommandDeps): CommandSpec[] {
  const { store, topics } = deps;

  async function subscribe(args: string, ctx: CommandContext): Promise<Reply> {
    requireManage(ctx, 'change digest subscriptions');
    const req = parseSubscribe(args, deps.defaultTimezone);
    const topic = findTopic(topics, req.topic, USAGES.subscribe);
    const now = ctx.clock.now();
    // createdAt = now: a changed schedule starts from now, so a time moved earlier does not trigger a "missed" digest.
    const sub: Subscription = { channel: ctx.input.channel, topic: topic.slug, times: req.times, days: req.days, timezone: req.timezone, quiet: req.quiet, createdAt: now.toISOString(), createdBy: ctx.input.user.id };
    const replaced = await store.getSubscription(sub.channel, sub.topic);
    await store.putSubscription(sub);
    await deps.onSubscriptionsChanged?.();
    const next = formatWhen(nextSlot(sub, now), sub.timezone, now);
    return infoReply(replaced ? 'Digest updated' : 'Subscribed', `${topic.title} digest at ${describeSchedule(sub)}. Next: ${next}.`);
  }

  async function unsubscribe(args: string, ctx: CommandContext): Promise<Reply> {
    requireManage(ctx, 'change digest subscriptions');
    const slug = args.trim().split(/\s+/)[0]?.toLowerCase();
    if (!slug) throw new UserError('Which topic?', USAGES.unsubscribe);
    if (!(await store.removeSubscription(ctx.input.channel, slug))) {
      throw new UserError(`This channel has no digest for "${slug}". /digest list shows its digests.`, USAGES.unsubscribe);
    }
    await deps.onSubscriptionsChanged?.();
    return infoReply('Unsubscribed', `No more ${topicTitle(topics, slug)} digests in this channel.`);
  }

  async function list(_args: string, ctx: CommandContext): Promise<Reply> {
    const subs = await store.listSubscriptions(ctx.input.channel);
    if (subs.length === 0) return infoReply('Digests', `No digests in this channel. Subscribe with ${SUBSCRIBE_USAGE}`);
    const now = ctx.clock.now();
    const items = subs.map((s) => text(`${topicTitle(topics, s.topic)} (${s.topic}): ${describeSchedule(s)}. Next: ${formatWhen(nextSlot(s, now), s.timezone, now)}.`));
    return { kind: 'info', title: 'Digests in this channel', sections: [{ blocks: [{ type: 'bullets', items }] }], citations: [] };
  }

  async function preview(args: string, ctx: CommandContext): Promise<Reply> {
    const topic = findTopic(topics, args.trim().split(/\s+/)[0], USAGES.now);
    const sub = await store.getSubscription(ctx.input.channel, topic.slug);
    const ledger = await store.getLedger(ctx.input.channel, topic.slug);
    return composeDigest(
      {
        library: ctx.library,
        topic,
        articles: deps.selectArticles(topic.slug, ctx.library),
        ...(ledger ? { ledger } : {}),
        timezone: sub?.timezone ?? deps.defaultTimezone,
        now: ctx.clock.now(),
        preview: true,
      },
      { ...(deps.summarize ? { summarize: deps.summarize } : {}), logger: ctx.logger },
    ).reply;
  }

  async function status(_args: string, ctx: CommandContext): Promise<Reply> {
    const reply = await digestStatus(ctx);
    return withCorpusStatus(reply, ctx);
  }

  async function digestStatus(ctx: CommandContext): Promise<Reply> {
    const subs = await store.listSubscriptions(ctx.input.channel);
    if (subs.length === 0) return infoReply('Status', `No digests in this channel. Subscribe with ${SUBSCRIBE_USAGE}`);
    const now = ctx.clock.now();
    const sections = [];
    for (const s of subs) {
      const tz = s.timezone;
      const ledger = await store.getLedger(s.channel, s.topic);
      const runs = await store.listRuns({ channel: s.channel, topic: s.topic, limit: 20 });
      const pending = await store.listDeliveries({ channel: s.channel, topic: s.topic, state: 'pending' });
      const waiting = composeDigest({ library: ctx.library, topic: { slug: s.topic, title: s.topic }, articles: deps.selectArticles(s.topic, ctx.library), ...(ledger ? { ledger } : {}), timezone: tz, now });
      const last: RunRecord | undefined = runs[0];
      const items: CitedText[] = [
        text(`Schedule: ${describeSchedule(s)}`),
        text(`Next run: ${formatWhen(nextSlot(s, now), tz, now)}`),
        text(last ? `Last run: ${formatWhen(new Date(last.at), tz, now)}, ${last.result}${last.detail ? ` (${last.detail})` : ''}` : 'Last run: none yet'),
        text(ledger?.lastDeliveredAt ? `Last digest posted: ${formatWhen(new Date(ledger.lastDeliveredAt), tz, now)}` : 'Last digest posted: none yet'),
        text(`Waiting for the next digest: ${plural(waiting.newArticles, 'new article')}, ${plural(waiting.covers.quoteIds.length, 'new quote')}`),
      ];
      const lastError = runs.find((r) => r.result === 'failed');
      if (pending.length > 0) {
        const p = pending[pending.length - 1]!;
        items.push(text(`Unconfirmed delivery for ${formatWhen(new Date(p.slot), tz, now)}${p.lastError ? `: ${p.lastError}` : ''}; it is retried or checked with the platform on the next run.`));
      } else if (lastError && last?.result === 'failed') {
        items.push(text(`Last error: ${lastError.detail ?? 'unknown'}`));
      }
      sections.push({ heading: `${topicTitle(topics, s.topic)} (${s.topic})`, blocks: [{ type: 'bullets' as const, items }] });
    }
    return { kind: 'info', title: 'Digest status', subtitle: `As of ${formatWhen(now, deps.defaultTimezone, now)}`, sections, citations: [] };
  }

  const subcommands: Record<string, (args: string, ctx: CommandContext) => Promise<Reply>> = { subscribe, unsubscribe, list, now: preview };

  const digest: CommandSpec = {
    ...DIGEST_INFO,
    options: [
      { name: 'action', description: 'subscribe, unsubscribe, list or now', required: true },
      { name: 'topic', description: 'Topic name', required: false, autocomplete: 'topic' },
      { name: 'schedule', description: 'e.g. "at 07:30 tz Europe/Brussels weekdays quiet"', required: false },
    ],
    async run(args, ctx) {
      const trimmed = args.trim();
      const space = trimmed.search(/\s/);
      const action = (space < 0 ? trimmed : trimmed.slice(0, space)).toLowerCase();
      const rest = space < 0 ? '' : trimmed.slice(space + 1);
      const handler = subcommands[action];
      if (!handler) {
        throw new UserError(action ? `Unknown digest action "${action}".` : 'What should I do with digests?', Object.values(USAGES).join('\n'));
      }
      return handler(rest, ctx);
    },
  };

  /** The corpus side of /status: how many articles serve and which files were skipped, with the reason. */
  function withCorpusStatus(reply: Reply, ctx: CommandContext): Reply {
    const skipped = ctx.library.loadErrors?.() ?? [];
    const items: CitedText[] = [text(`${plural(ctx.library.articles().length, 'article')} loaded, ${plural(skipped.length, 'file')} skipped`)];
    for (const e of skipped.slice(0, 20)) items.push(text(`${e.path}: ${e.reason}`));
    if (skipped.length > 20) items.push(text(`… and ${skipped.length - 20} more (see the log)`));
    return { ...reply, sections: [...reply.sections, { heading: 'Corpus', blocks: [{ type: 'bullets', items }] }] };
  }

  const statusCommand: CommandSpec = { ...STATUS_INFO, run: status };

  return [digest, statusCommand];
}

/**
 * /digest and /status for an app opened without its store (a one-shot command other than these two): /help still
 * lists them, and running one says why it cannot answer here instead of "unknown command".
 */
export function storelessDigestCommands(): CommandSpec[] {
  const unavailable = async (): Promise<Reply> => {
    throw new UserError('Digests live in the store, which this one-shot run did not open. Run the command on its own (npm start -- "/digest list") or in the chat.');
  };
  return [
    { ...DIGEST_INFO, run: unavailable },
    { ...STATUS_INFO, run: unavailable },
  ];
}
