import type { Logger } from '../../src/core/logger.js';
import { describeError } from './errors.js';

/** The part of the Web API this needs, so tests can pass a fake. */
export interface UsersInfoApi {
  users: {
    info(args: { user: string }): Promise<{ user?: { name?: string; real_name?: string; is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } }>;
  };
}

export interface Manager {
  canManage: boolean;
  name?: string;
}

export interface ManagerCheckOptions {
  api: UsersInfoApi;
  /** User ids that may manage subscriptions whatever their workspace role. */
  adminUserIds: readonly string[];
  logger: Logger;
  now?: () => number;
  /** How long a users.info answer is trusted; roles change rarely and users.info is rate limited (tier 4). */
  ttlMs?: number;
}

/**
 * Who may manage channel settings: workspace admins and owners (users.info) and the configured allow-list.
 * A failed lookup answers "no" (fail closed) and is logged; it is not cached, so the next input asks again.
 */
export function createManagerCheck(options: ManagerCheckOptions): (userId: string) => Promise<Manager> {
  const { api, logger } = options;
  const allow = new Set(options.adminUserIds);
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? 10 * 60_000;
  const cache = new Map<string, { at: number; value: Manager }>();
  return async (userId) => {
    const hit = cache.get(userId);
    if (hit && now() - hit.at < ttl) return hit.value;
    try {
      const { user } = await api.users.info({ user: userId });
      const value: Manager = {
        canManage: allow.has(userId) || user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true,
      };
      const name = user?.real_name || user?.name;
      if (name) value.name = name;
      cache.set(userId, { at: now(), value });
      return value;
    } catch (err) {
      logger.warn({ userId, err: describeError(err) }, 'users.info failed; treating user as not a manager');
      return { canManage: allow.has(userId) };
    }
  };
}
