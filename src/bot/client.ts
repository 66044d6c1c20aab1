/**
 * The discord.js client: Guilds intent only, nothing ever pings (`allowedMentions: { parse: [] }` at the client
 * level), REST through DISCORD_API_URL when set (a proxy or the local emulator). `startBot` wires the dispatcher
 * and logs in; the engine must already be open, so no interaction arrives before answers are possible. Errors
 * of discord.js are logged, never thrown out of the client (src/app/last-net.ts catches what still escapes).
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config.js';
import type { FeedbackLog } from '../feedback/feedback-log.js';
import type { Engine } from '../qa/types.js';
import type { Command } from '../command/command.js';
import { dispatchInteraction } from './dispatch.js';
import type { DispatchAdmin } from './dispatch-context.js';
import type { Logger } from '../log.js';
import { installRefreshHook } from './refresh-everywhere.js';
import { sanitizePacket } from './sanitize-packet.js';
import type { RawPacket } from './sanitize-packet.js';

/** A client configured for this bot (not logged in). */
export function createClient(config: Pick<Config, 'discordApiUrl'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    rest: config.discordApiUrl ? { api: config.discordApiUrl } : {},
  });
}

/** What startBot needs. */
export interface StartBotOptions {
  config: Pick<Config, 'discordApiUrl' | 'discordToken'>;
  /** The engine, or where to take the current one for each interaction (e.g. `(guild) => corpora.engineFor(guild)`). */
  engine: Engine | ((guildId: string | null) => Engine);
  /** Reads a server's own corpus before its request runs (GuildCorpora#prepare). */
  prepare?: (guildId: string | null) => Promise<void>;
  commands: ReadonlyMap<string, Command>;
  log: Logger;
  /** The moderator commands' operations (and the engine host other shards refresh through). */
  admin?: DispatchAdmin;
  /** The members' feedback (rating buttons, /feedback); without it answers have no rating buttons. */
  feedback?: FeedbackLog;
}

/** Creates the client, wires interactions to the commands, logs in; resolves once the client is ready. */
export async function startBot({ config, engine, prepare, commands, log, admin, feedback }: StartBotOptions): Promise<Client> {
  if (!config.discordToken) throw new Error('startBot: DISCORD_TOKEN is not set');
  const client = createClient(config);
  if (admin) installRefreshHook(client, admin.corpus.host);
  // Before discord.js reads a packet: malformed permission fields would make it throw in its own handler.
  client.on(Events.Raw, (packet: RawPacket) => {
    const replaced = sanitizePacket(packet);
    if (replaced.length) log('warn', 'malformed permissions read as none', { fields: replaced });
  });
  client.on(Events.InteractionCreate, (interaction) => void dispatchInteraction(interaction, { engine, prepare, commands, log, admin, feedback }));
  client.on(Events.Error, (error) => log('error', 'discord.js client error', { error }));
  client.on(Events.ShardResume, (shard, replayed) => log('info', 'shard resumed', { shard, replayed }));
  client.on(Events.ShardDisconnect, (event, shard) => log('warn', 'shard disconnected', { shard, code: event.code }));
  client.on(Events.ShardError, (error, shard) => log('error', 'shard error', { shard, error }));
  client.on(Events.Warn, (message) => log('warn', 'discord.js warning', { message }));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.discordToken);
  await ready;
  log('info', 'logged in', { user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.size });
  return client;
}
