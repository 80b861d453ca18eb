export * from './types.js';
export * from './errors.js';
export { DocumentStore, type DocumentStoreOptions, type Persist } from './document.js';
export { createMemoryStore } from './memory.js';
export { openFileStore, DEFAULT_STORE_FILE, type FileStoreOptions } from './file.js';
export { STORE_VERSION, emptyDoc, type StoreDoc } from './schema.js';
export { migrate } from './migrate.js';
