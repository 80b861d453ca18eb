import { DocumentStore, type DocumentStoreOptions } from './document.js';
import { emptyDoc, type StoreDoc } from './schema.js';

/** A store that lives only in memory: same rules as the file store, for tests and `--no-store` runs. */
export function createMemoryStore(initial: StoreDoc = emptyDoc(), options: DocumentStoreOptions = {}): DocumentStore {
  return new DocumentStore(structuredClone(initial), async () => undefined, options);
}
