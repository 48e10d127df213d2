/**
 * The digests in the running bot: what `/digest` needs (CommandServices.digest) and the scheduler, built
 * from one REST client of their own (the same token and API base as the gateway's client).
 */
import { REST } from '@discordjs/rest';
import type { Config } from '../config.ts';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Db } from '../store/db.ts';
import { DigestStore } from '../store/digest.ts';
import { createRestPoster, type ChannelAccess } from './poster.ts';
import { envDigest, startDigestScheduler, type DigestLogger, type DigestScheduler } from './scheduler.ts';

export interface DigestServices {
  store: DigestStore;
  /** Whether the bot can view, post and embed links in a channel (and which server it is in). */
  inspectChannel(channelId: string): Promise<ChannelAccess>;
}

export interface DigestRuntime {
  services: DigestServices;
  /** Starts the scheduler; call after login, and `stop()` it before closing the database. */
  start(log: DigestLogger): DigestScheduler;
}

export interface DigestRuntimeOptions {
  db: Db;
  kb: KnowledgeBase;
  token: string;
  config: Pick<Config, 'DISCORD_API_URL' | 'DIGEST_CHANNEL_ID' | 'DIGEST_SCHEDULE' | 'DIGEST_TIMEZONE'>;
}

export function createDigestRuntime({ db, kb, token, config }: DigestRuntimeOptions): DigestRuntime {
  const poster = createRestPoster(new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token));
  const env = envDigest(config);
  return {
    services: { store: new DigestStore(db), inspectChannel: (channelId) => poster.inspectChannel(channelId) },
    start: (log) => startDigestScheduler({ db, kb, poster, log, env }),
  };
}
