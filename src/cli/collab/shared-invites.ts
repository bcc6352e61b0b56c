import type { Redis } from '@hocuspocus/extension-redis';
import { type Invites, parseInvites, saveInvites } from './invites.js';

const KEY = 'argmap-collab:invites';
const WAIT_MS = 10000;

/**
 * The invites every instance sharing through Redis accepts, so that a link works whichever
 * instance the load balancer picks: the first instance to start puts its own in Redis, the others
 * take those (and keep them in their state folder, so a restart against an emptied Redis puts the
 * same ones back); `--rotate` on any instance replaces them for all (the others pick the new ones
 * up when they restart). Resolves to undefined when Redis does not answer in time.
 */
export async function sharedInvites(redis: Redis['pub'], stateFolder: string, local: Invites, rotate: boolean): Promise<Invites | undefined> {
  const agree = async () => {
    const mine = JSON.stringify(local);
    if (rotate) await redis.set(KEY, mine);
    else await redis.set(KEY, mine, 'NX');
    return parseInvites((await redis.get(KEY)) ?? '');
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const shared = await Promise.race([agree(), new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), WAIT_MS)))]).finally(() => clearTimeout(timer));
  if (!shared) return undefined;
  if (shared.edit !== local.edit || shared.view !== local.view) saveInvites(stateFolder, shared);
  return shared;
}
