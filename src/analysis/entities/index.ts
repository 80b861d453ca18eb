export { extractMentions } from './extract.js';
