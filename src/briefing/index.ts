/** The briefing layer's public surface. */
export { briefingCommands, helpReply, type BriefingDeps } from './commands/index.js';
export { answerQuestion } from './question/answer.js';
export { BriefingEngine, engineFor } from './engine.js';
export { loadTopics, parseTopics, selectArticles, suggestTopics, findTopic, TopicsFileError, type Topic } from './topics.js';
export { prepareBriefing } from './prepare.js';
