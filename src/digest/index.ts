export { createDigestCommands, describeSchedule, type DigestCommandDeps } from './commands.js';
export { composeDigest, type ComposeInput, type ComposeOptions, type ComposedDigest } from './compose.js';
export { leadSentences, pickSummary } from './summary.js';
export { parseSubscribe, SUBSCRIBE_USAGE, type SubscribeRequest } from './parse.js';
export { formatWhen, formatDay } from './format.js';
export type { Topic, TopicList, SelectArticles, DigestSummarizer, SummaryInputDoc } from './types.js';
