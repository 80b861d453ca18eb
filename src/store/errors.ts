/** Typed store failures: each message says what happened and what the operator can do. */

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The store file exists but cannot be read as a sitrep store (bad JSON, wrong shape). */
export class StoreCorruptError extends StoreError {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** Where the unreadable file was copied or moved to. */
    readonly backup: string,
  ) {
    super(
      `Store file ${file} is unreadable (${reason}). A copy was saved as ${backup}. ` +
        `sitrep will not start on it, because an empty store would forget subscriptions and could repeat or miss digests. ` +
        `Restore a good copy, or move the file away to start with an empty store.`,
    );
    this.name = 'StoreCorruptError';
  }
}

/** The file was written by a newer sitrep (schema version above what this build knows). */
export class StoreVersionError extends StoreError {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(`Store file ${file} has schema version ${found}; this sitrep understands up to ${supported}. Upgrade sitrep.`);
    this.name = 'StoreVersionError';
  }
}

/** Another live process holds the store. Two schedulers on one store would post digests twice. */
export class StoreLockedError extends StoreError {
  constructor(
    readonly file: string,
    readonly pid: number,
  ) {
    super(
      `Store file ${file} is in use by process ${pid}. Stop it first; two sitrep processes on one store would post digests twice. ` +
        `If no other sitrep is running, delete ${file}.lock.`,
    );
    this.name = 'StoreLockedError';
  }
}

/** A mutation referred to something that does not exist or is in the wrong state (a programming error upstream). */
export class StoreStateError extends StoreError {
  constructor(message: string) {
    super(message);
    this.name = 'StoreStateError';
  }
}
