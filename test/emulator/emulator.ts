/**
 * A local Discord for end-to-end tests: an HTTP server serving the REST paths discord.js calls and a gateway
 * WebSocket speaking the gateway protocol, both on 127.0.0.1 with a random port. The real discord.js Client
 * reaches it through `rest: { api: emulator.apiUrl }` (DISCORD_API_URL); GET /gateway/bot points it at the
 * WebSocket.
 *
 * Gateway: HELLO (op 10) → IDENTIFY (op 2) → READY (guilds unavailable) → GUILD_CREATE; HEARTBEAT (op 1) →
 * ACK (op 11); RESUME (op 6) → missed dispatches replayed → RESUMED, or INVALID_SESSION (op 9). JSON encoding;
 * `compress=zlib-stream` and identify `compress: true` are honoured. Tests inject INTERACTION_CREATE dispatches
 * (slash command, autocomplete, button) with realistic payloads and can drop the socket.
 *
 * REST: records every request with a timestamp; interaction callbacks, webhook edits, deletes and follow-ups
 * are checked like Discord does (unknown or expired interaction 10062 after 3 s, already acknowledged 40060,
 * invalid form body 50035 for messages over Discord's limits) and answered with realistic message objects.
 *
 * Attachments: tests upload files with `attach()`; a command option of type ATTACHMENT carries the id, the
 * interaction's `data.resolved.attachments` describes the file (name, size, content type, URL) as Discord does,
 * and the URL is served by this server (`/attachments/<channel>/<id>/<name>`, like Discord's CDN paths).
 * The member sending an interaction can be given other permissions and roles (`member` of sendCommand), e.g.
 * a member without Manage Server, as when a server admin overrides a command's default permissions, or another
 * user altogether (`member.user`).
 *
 * Files the bot sends (multipart/form-data: `payload_json` and `files[n]`, as discord.js uploads them) become
 * the message's `attachments`, served like the uploads above; `attachmentText()` reads one back. A message
 * context-menu command (`sendMessageCommand`) carries its target message in `data.resolved.messages`, as
 * Discord does; `userMessage()` makes such a message, posted by a member.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants as zlibConstants, createDeflate, deflateSync } from 'node:zlib';
import type { Deflate } from 'node:zlib';
import { WebSocket, WebSocketServer } from 'ws';
import { autocompleteViolations, messageLimitViolations } from './limits.js';

// Discord's numeric constants, spelled out so the emulator does not depend on the code under test.
const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;
const InteractionType = { ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;
const Callback = { Message: 4, Deferred: 5, DeferredUpdate: 6, Update: 7, Autocomplete: 8 } as const;
const EPHEMERAL = 64;
const LOADING = 128;
const DISCORD_EPOCH = 1420070400000n;
const PERMISSIONS = '2248473465835073';

type Json = Record<string, unknown>;

/** One REST request as the emulator received it. */
export interface RecordedRequest {
  /** ms since the emulator started (performance-like, monotonic enough for latency). */
  at: number;
  method: string;
  /** Path after /api/v10, e.g. /interactions/123/abc/callback. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  kind: 'callback' | 'edit' | 'followup' | 'delete' | 'fetch' | 'gateway' | 'commands' | 'user' | 'attachment' | 'unhandled';
  interactionId?: string;
  /** Limit violations found (the request was refused with 400). */
  violations?: string[];
}

/** A message the bot made visible for an interaction (initial reply, edit, or follow-up). */
export interface ShownMessage {
  at: number;
  kind: 'reply' | 'edit' | 'followup' | 'update';
  message: Json;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  sentAt: number;
  payload: Json;
  acknowledgedAt?: number;
  callbackType?: number;
  original?: Json;
  originalDeleted?: boolean;
  followups: Json[];
  shown: ShownMessage[];
  choices?: { name: string; value: unknown }[];
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  buffer: Json[];
  conn?: Connection;
}

interface Connection {
  ws: WebSocket;
  session?: Session;
  compress: 'zlib-stream' | 'identify' | null;
  deflate?: Deflate;
  sendChain: Promise<void>;
  path: string;
}

/** Options of the emulator. */
export interface EmulatorOptions {
  /** The token the bot must present (REST Authorization and IDENTIFY). */
  token?: string;
  /** Heartbeat interval announced in HELLO (ms). */
  heartbeatInterval?: number;
  /** How many shards /gateway/bot recommends. */
  recommendedShards?: number;
  /** Deadline for the initial interaction response (Discord: 3000 ms). */
  ackDeadlineMs?: number;
  /** Roles of the guild besides @everyone (members can then be given them with `member.roles`). */
  roles?: { id: string; name: string }[];
  /** Servers the bot is in besides `guildId` (their ids in `otherGuildIds`); interactions name one with `guild`. */
  otherGuilds?: number;
}

/** A file uploaded with `attach()`, as Discord describes it in `resolved.attachments`. */
export interface EmulatedAttachment {
  id: string;
  filename: string;
  /** The size Discord announces (the real size unless a test says otherwise). */
  size: number;
  content_type?: string;
  url: string;
  proxy_url: string;
  bytes: Buffer;
}

/** Who sends an interaction, when not the default test member (permissions as a decimal bit-field string). */
export interface MemberOverride {
  permissions?: string;
  roles?: string[];
  /** Another user than the default test member (a Discord user object: id, username …). */
  user?: Json;
}

/** Options of an injected interaction. */
export interface InteractionExtra {
  locale?: string;
  /** The sub-command (`/corpus add` → `add`); the options are then the sub-command's. */
  subcommand?: string;
  member?: MemberOverride;
  /** The server the interaction comes from: default `guildId`; another of `otherGuildIds`; null for a DM. */
  guild?: string | null;
}

/** A handle on one injected interaction. */
export interface InteractionHandle {
  id: string;
  token: string;
  sentAt: number;
  /** Resolves with the ms between sending and the first callback. */
  acknowledged(timeoutMs?: number): Promise<number>;
  /** Resolves with the first message shown that is not a loading placeholder. */
  shown(timeoutMs?: number): Promise<ShownMessage>;
  /** Resolves with the autocomplete choices. */
  choices(timeoutMs?: number): Promise<{ name: string; value: unknown }[]>;
  state(): InteractionState;
}

function snowflakeFactory(): () => string {
  let increment = 0n;
  return () => {
    increment = (increment + 1n) % 4096n;
    return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
  };
}

/** A local Discord: REST + gateway. */
export class DiscordEmulator extends EventEmitter {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  /** The other servers the bot is in (EmulatorOptions.otherGuilds). */
  readonly otherGuildIds: string[];
  private readonly dmChannelId: string;
  readonly channelId: string;
  readonly botUser: Json;
  readonly testUser: Json;
  readonly records: RecordedRequest[] = [];
  /** Every gateway payload received from the bot (op, d) with a timestamp. */
  readonly gatewayIn: { at: number; op: number; d: unknown; path: string }[] = [];
  identifies = 0;
  resumes = 0;
  readonly commands = new Map<string, Json>();
  readonly interactions = new Map<string, InteractionState>();
  readonly messages = new Map<string, Json>();
  readonly attachments = new Map<string, EmulatedAttachment>();

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private readonly started = performance.now();
  private readonly nextId = snowflakeFactory();
  private readonly options: Required<EmulatorOptions>;
  private port = 0;

  private constructor(options: EmulatorOptions) {
    super();
    this.setMaxListeners(1000);
    this.options = {
      token: options.token ?? 'emulator-token.bot.secret',
      heartbeatInterval: options.heartbeatInterval ?? 41_250,
      recommendedShards: options.recommendedShards ?? 1,
      ackDeadlineMs: options.ackDeadlineMs ?? 3000,
      roles: options.roles ?? [],
      otherGuilds: options.otherGuilds ?? 0,
    };
    this.token = this.options.token;
    this.applicationId = this.nextId();
    this.guildId = this.nextId();
    this.otherGuildIds = Array.from({ length: options.otherGuilds ?? 0 }, () => this.nextId());
    this.channelId = this.nextId();
    this.dmChannelId = this.nextId();
    this.botUser = { id: this.applicationId, username: 'summit-bot', global_name: null, discriminator: '0000', avatar: null, bot: true, flags: 0, public_flags: 0, verified: true, mfa_enabled: false, email: null };
    this.testUser = { id: this.nextId(), username: 'tester', global_name: 'Tester', discriminator: '0', avatar: null, public_flags: 0, flags: 0 };
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  /** Starts an emulator on 127.0.0.1 with a random port. */
  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emulator = new DiscordEmulator(options);
    emulator.server.listen(0, '127.0.0.1');
    await once(emulator.server, 'listening');
    emulator.port = (emulator.server.address() as AddressInfo).port;
    return emulator;
  }

  /** REST base URL to give discord.js (`rest.api`, DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The gateway URL /gateway/bot returns. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** ms since the emulator started. */
  now(): number {
    return performance.now() - this.started;
  }

  /** Stops everything. */
  async close(): Promise<void> {
    for (const conn of this.connections) conn.ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- gateway

  /** Open gateway connections that completed IDENTIFY or RESUME. */
  get liveSessions(): number {
    return [...this.sessions.values()].filter((s) => s.conn && s.conn.ws.readyState === WebSocket.OPEN).length;
  }

  /** Waits until `n` sessions are connected and identified/resumed. */
  async waitForSessions(n = 1, timeoutMs = 10_000): Promise<void> {
    await this.waitFor(() => this.liveSessions >= n, timeoutMs, `${n} live gateway session(s)`);
  }

  /** Drops every gateway socket: `close` with a resumable code (default 4000), or `terminate` (no close frame, like a network cut). */
  drop(how: { code?: number; terminate?: boolean } = {}): void {
    for (const conn of this.connections) {
      if (how.terminate) conn.ws.terminate();
      else conn.ws.close(how.code ?? 4000, 'emulator: connection dropped');
    }
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const compress = url.searchParams.get('compress') === 'zlib-stream' ? 'zlib-stream' : null;
    const conn: Connection = { ws, compress, sendChain: Promise.resolve(), path: url.pathname };
    if (compress) conn.deflate = createDeflate({ flush: zlibConstants.Z_SYNC_FLUSH });
    this.connections.add(conn);
    ws.on('message', (raw, isBinary) => this.onGatewayMessage(conn, raw as Buffer, isBinary));
    ws.on('close', () => {
      this.connections.delete(conn);
      if (conn.session?.conn === conn) conn.session.conn = undefined;
    });
    ws.on('error', () => undefined);
    this.send(conn, { op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatInterval, _trace: ['["discord-emulator",{"micros":0}]'] } });
  }

  private send(conn: Connection, payload: Json): void {
    const text = JSON.stringify({ s: null, t: null, ...payload });
    conn.sendChain = conn.sendChain.then(async () => {
      if (conn.ws.readyState !== WebSocket.OPEN) return;
      if (conn.compress === 'zlib-stream' && conn.deflate) {
        const deflate = conn.deflate;
        const chunks: Buffer[] = [];
        const onData = (c: Buffer) => chunks.push(c);
        deflate.on('data', onData);
        deflate.write(text);
        await new Promise<void>((resolve) => deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => resolve()));
        deflate.off('data', onData);
        conn.ws.send(Buffer.concat(chunks), { binary: true });
      } else if (conn.compress === 'identify') {
        conn.ws.send(deflateSync(text), { binary: true });
      } else {
        conn.ws.send(text);
      }
    });
  }

  private onGatewayMessage(conn: Connection, raw: Buffer, isBinary: boolean): void {
    let payload: { op: number; d: Json | number | null };
    try {
      if (isBinary) throw new Error('binary frames from the client are not expected');
      payload = JSON.parse(raw.toString('utf8')) as typeof payload;
    } catch {
      conn.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    this.gatewayIn.push({ at: this.now(), op: payload.op, d: payload.d, path: conn.path });
    switch (payload.op) {
      case Op.Heartbeat:
        this.send(conn, { op: Op.HeartbeatAck });
        break;
      case Op.Identify:
        this.identify(conn, payload.d as Json);
        break;
      case Op.Resume:
        this.resume(conn, payload.d as Json);
        break;
      default:
        // Presence, voice state, request guild members …: accepted and ignored.
        break;
    }
  }

  private identify(conn: Connection, d: Json): void {
    if (conn.session) {
      conn.ws.close(4005, 'Already authenticated.');
      return;
    }
    if (d.token !== this.token) {
      conn.ws.close(4004, 'Authentication failed.');
      return;
    }
    if (d.compress === true && !conn.compress) conn.compress = 'identify';
    const shard = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, buffer: [], conn };
    this.sessions.set(session.id, session);
    conn.session = session;
    this.identifies++;
    const guilds = this.guildsOf(shard).map((id) => ({ id, unavailable: true }));
    this.dispatch(session, 'READY', {
      v: 10,
      user: this.botUser,
      user_settings: {},
      guilds,
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: `${this.gatewayUrl}/resume`,
      shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['rotterdam'],
      auth: {},
      _trace: ['["discord-emulator",{"micros":0}]'],
    });
    for (const id of this.guildsOf(shard)) this.dispatch(session, 'GUILD_CREATE', this.guildPayload(id));
    this.emit('identify', session.id);
  }

  private resume(conn: Connection, d: Json): void {
    const session = this.sessions.get(String(d.session_id));
    if (!session || d.token !== this.token) {
      this.send(conn, { op: Op.InvalidSession, d: false });
      return;
    }
    session.conn?.ws.terminate();
    session.conn = conn;
    conn.session = session;
    this.resumes++;
    const since = Number(d.seq ?? 0);
    for (const missed of session.buffer) if (Number(missed.s) > since) this.send(conn, missed);
    this.dispatch(session, 'RESUMED', { _trace: ['["discord-emulator",{"micros":0}]'] });
    this.emit('resume', session.id);
  }

  /** Sends a dispatch on a session (buffered for RESUME even when no socket is attached). */
  private dispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const payload = { op: Op.Dispatch, t, s: session.seq, d };
    session.buffer.push(payload);
    if (session.buffer.length > 1000) session.buffer.shift();
    if (session.conn) this.send(session.conn, payload);
  }

  private guildsOf([shardId, count]: [number, number]): string[] {
    return [this.guildId, ...this.otherGuildIds].filter((id) => Number((BigInt(id) >> 22n) % BigInt(count)) === shardId);
  }

  private sessionForGuild(guildId: string): Session | undefined {
    const sessions = [...this.sessions.values()].reverse();
    return sessions.find((s) => this.guildsOf(s.shard).includes(guildId));
  }

  private guildPayload(id: string): Json {
    return {
      id,
      name: 'Emulated Summit Server',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.testUser.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [{ id, name: '@everyone' }, ...this.options.roles].map((role, position) => ({
        ...role,
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position,
        permissions: position === 0 ? PERMISSIONS : '0',
        managed: false,
        mentionable: false,
        flags: 0,
      })),
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: this.channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'fr',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      stickers: [],
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [{ user: this.botUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null, communication_disabled_until: null }],
      channels: [this.channelPayload()],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      lazy: true,
    };
  }

  private channelPayload(): Json {
    return { id: this.channelId, type: 0, guild_id: this.guildId, name: 'général', position: 0, permission_overwrites: [], topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, parent_id: null, flags: 0 };
  }

  // ---------------------------------------------------------- interactions

  /**
   * Uploads a file as a user would attach it to a command; returns its id for an ATTACHMENT option.
   * `announcedSize` makes the interaction announce another size than the real one (a lying client).
   */
  attach(filename: string, bytes: Buffer | string, options: { contentType?: string; announcedSize?: number } = {}): EmulatedAttachment {
    const id = this.nextId();
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
    const path = `/attachments/${this.channelId}/${id}/${encodeURIComponent(filename)}`;
    const query = `?ex=${Math.floor(Date.now() / 1000 + 86_400).toString(16)}&is=${Math.floor(Date.now() / 1000).toString(16)}&hm=${randomBytes(16).toString('hex')}&`;
    const attachment: EmulatedAttachment = {
      id,
      filename,
      size: options.announcedSize ?? data.length,
      url: `http://127.0.0.1:${this.port}${path}${query}`,
      proxy_url: `http://127.0.0.1:${this.port}${path}${query}`,
      bytes: data,
    };
    if (options.contentType) attachment.content_type = options.contentType;
    this.attachments.set(id, attachment);
    return attachment;
  }

  private baseInteraction(type: number, data: Json, options: { locale?: string; message?: Json; member?: MemberOverride; guild?: string | null }): InteractionState {
    const id = this.nextId();
    const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
    const locale = options.locale ?? 'fr';
    const payload: Json = {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: 'fr', features: [] },
      channel_id: this.channelId,
      channel: { ...this.channelPayload(), permissions: PERMISSIONS },
      member: {
        user: options.member?.user ?? this.testUser,
        roles: options.member?.roles ?? [],
        premium_since: null,
        permissions: options.member?.permissions ?? PERMISSIONS,
        pending: false,
        nick: null,
        mute: false,
        joined_at: '2019-04-18T10:00:00.000000+00:00',
        flags: 0,
        deaf: false,
        communication_disabled_until: null,
        banner: null,
        avatar: null,
        unusual_dm_activity_until: null,
      },
      token,
      version: 1,
      locale,
      guild_locale: 'fr',
      app_permissions: PERMISSIONS,
      entitlements: [],
      entitlement_sku_ids: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
    };
    if (options.message) payload.message = options.message;
    const guild = options.guild === undefined ? this.guildId : options.guild;
    if (guild === null) {
      // A DM: no server, no member; the user, in a DM channel.
      const user = (payload.member as Json).user;
      for (const key of ['guild_id', 'guild', 'member', 'guild_locale']) delete payload[key];
      payload.user = user;
      payload.channel = { id: this.dmChannelId, type: 1, recipients: [user], last_message_id: null, flags: 0 };
      payload.channel_id = this.dmChannelId;
      payload.context = 1;
      payload.authorizing_integration_owners = { '1': (user as Json).id };
      if ((data as Json).guild_id) delete (data as Json).guild_id;
    } else if (guild !== this.guildId) {
      payload.guild_id = guild;
      payload.guild = { id: guild, locale: 'fr', features: [] };
      payload.authorizing_integration_owners = { '0': guild };
      if ((data as Json).guild_id) (data as Json).guild_id = guild;
    }
    const state: InteractionState = { id, token, type, sentAt: this.now(), payload, followups: [], shown: [] };
    this.interactions.set(id, state);
    return state;
  }

  private inject(state: InteractionState): InteractionHandle {
    const guild = state.payload.guild_id as string | undefined;
    const session = guild ? this.sessionForGuild(guild) : [...this.sessions.values()].reverse().find((s) => s.shard[0] === 0);
    if (!session) throw new Error('emulator: no gateway session for the guild; did the bot log in?');
    state.sentAt = this.now();
    this.dispatch(session, 'INTERACTION_CREATE', state.payload);
    return this.handle(state);
  }

  private handle(state: InteractionState): InteractionHandle {
    return {
      id: state.id,
      token: state.token,
      sentAt: state.sentAt,
      state: () => state,
      acknowledged: async (timeoutMs = 10_000) => {
        await this.waitFor(() => state.acknowledgedAt !== undefined, timeoutMs, `acknowledgement of interaction ${state.id}`);
        return (state.acknowledgedAt ?? 0) - state.sentAt;
      },
      shown: async (timeoutMs = 10_000) => {
        await this.waitFor(() => state.shown.length > 0, timeoutMs, `a message for interaction ${state.id}`);
        return state.shown[0];
      },
      choices: async (timeoutMs = 10_000) => {
        await this.waitFor(() => state.choices !== undefined, timeoutMs, `autocomplete choices for ${state.id}`);
        return state.choices ?? [];
      },
    };
  }

  private commandId(name: string): string {
    const known = this.commands.get(name);
    if (known) return String(known.id);
    const id = this.nextId();
    this.commands.set(name, { id, name, type: 1, options: [] });
    return id;
  }

  private optionType(command: string, option: string, subcommand?: string): number {
    type Def = { name: string; type: number; options?: Def[] };
    let defs = (this.commands.get(command)?.options ?? []) as Def[];
    if (subcommand) defs = defs.find((o) => o.name === subcommand && o.type === 1)?.options ?? [];
    return defs.find((o) => o.name === option)?.type ?? 3;
  }

  /** Option payloads, wrapped in the sub-command when there is one; attachment ids resolved into `resolved`. */
  private commandData(name: string, options: Record<string, string | number | boolean>, extra: InteractionExtra, focused?: string): Json {
    const ATTACHMENT = 11;
    const resolved: Record<string, Json> = {};
    const list = Object.entries(options).map(([option, value]) => {
      const type = this.optionType(name, option, extra.subcommand);
      if (type === ATTACHMENT) {
        const a = this.attachments.get(String(value));
        if (a) {
          const { bytes: _bytes, ...described } = a;
          resolved[a.id] = { ...described, ephemeral: true };
        }
      }
      return { name: option, type, value, ...(option === focused ? { focused: true } : {}) };
    });
    const data: Json = { id: this.commandId(name), name, type: 1, guild_id: this.guildId };
    if (extra.subcommand) data.options = [{ name: extra.subcommand, type: 1, options: list }];
    else if (list.length > 0) data.options = list;
    if (Object.keys(resolved).length > 0) data.resolved = { attachments: resolved };
    return data;
  }

  /** Sends a slash command (CHAT_INPUT) as a user would; option values as typed (attachments by `attach()` id). */
  sendCommand(name: string, options: Record<string, string | number | boolean> = {}, extra: InteractionExtra = {}): InteractionHandle {
    return this.inject(this.baseInteraction(InteractionType.ApplicationCommand, this.commandData(name, options, extra), extra));
  }

  /** Sends an autocomplete request with `focused` being typed. */
  sendAutocomplete(name: string, options: Record<string, string>, focused: string, extra: InteractionExtra = {}): InteractionHandle {
    return this.inject(this.baseInteraction(InteractionType.Autocomplete, this.commandData(name, options, extra, focused), extra));
  }

  /** Clicks the button `customId` of a message the bot sent. */
  sendButton(message: Json, customId: string, extra: InteractionExtra = {}): InteractionHandle {
    const data = { custom_id: customId, component_type: 2 };
    return this.inject(this.baseInteraction(InteractionType.MessageComponent, data, { ...extra, message }));
  }

  /** Sends a message context-menu command (`type` 3) on `message` (made with `userMessage()`). */
  sendMessageCommand(name: string, message: Json, extra: InteractionExtra = {}): InteractionHandle {
    const data: Json = { id: this.commandId(name), name, type: 3, target_id: message.id, resolved: { messages: { [String(message.id)]: message } }, guild_id: this.guildId };
    return this.inject(this.baseInteraction(InteractionType.ApplicationCommand, data, extra));
  }

  /** A message a member posted in the channel (for context-menu commands); `mentions` are the users it mentions. */
  userMessage(content: string, options: { author?: Json; mentions?: Json[]; mentionRoles?: string[]; mentionEveryone?: boolean } = {}): Json {
    const message: Json = {
      id: this.nextId(),
      type: 0,
      content,
      channel_id: this.channelId,
      guild_id: this.guildId,
      author: options.author ?? this.testUser,
      attachments: [],
      embeds: [],
      mentions: options.mentions ?? [],
      mention_roles: options.mentionRoles ?? [],
      mention_everyone: options.mentionEveryone ?? false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      components: [],
    };
    this.messages.set(String(message.id), message);
    return message;
  }

  /** The text of attachment `index` of a message the bot sent. */
  attachmentText(message: Json, index = 0): string {
    const described = (message.attachments as Json[] | undefined)?.[index];
    const file = described && this.attachments.get(String(described.id));
    if (!file) throw new Error(`emulator: the message has no attachment ${index}`);
    return file.bytes.toString('utf8');
  }

  /** A file the bot uploaded, kept and described like Discord's attachments. */
  private uploaded(filename: string, bytes: Buffer, contentType: string | undefined): Json {
    const { bytes: _bytes, ...described } = this.attach(filename, bytes, contentType ? { contentType } : {});
    return described;
  }

  /** A multipart/form-data body as discord.js sends files: `payload_json`, then `files[n]`; the files become `attachments`. */
  private async multipart(raw: Buffer, type: string): Promise<Json> {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
    const payload = JSON.parse(String(form.get('payload_json') ?? '{}')) as Json;
    const attachments: Json[] = [];
    for (const [key, value] of form.entries()) {
      if (!/^files\[\d+\]$/.test(key) || typeof value === 'string') continue;
      attachments.push(this.uploaded(value.name, Buffer.from(await value.arrayBuffer()), value.type || undefined));
    }
    return { ...payload, attachments };
  }

  /** Every message body the bot sent (callbacks with data, edits, follow-ups), for checks over all of them. */
  sentMessageBodies(): { path: string; body: Json }[] {
    return this.records
      .filter((r) => r.kind === 'edit' || r.kind === 'followup' || (r.kind === 'callback' && [Callback.Message, Callback.Update].includes(Number((r.body as Json)?.type) as 4 | 7)))
      .map((r) => ({ path: r.path, body: (r.kind === 'callback' ? (r.body as Json).data : r.body) as Json }));
  }

  // ------------------------------------------------------------------ REST

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBytes = Buffer.concat(chunks);
    const raw = rawBytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const match = /^\/api\/v(\d+)(\/.*)$/.exec(url.pathname);
    const path = decodeURIComponent(match ? match[2] : url.pathname);
    const query = Object.fromEntries(url.searchParams);
    let body: unknown = undefined;
    if (raw) {
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      } else if (type.includes('multipart/form-data')) {
        body = await this.multipart(rawBytes, type).catch(() => raw);
      } else {
        body = raw;
      }
    }
    const record: RecordedRequest = { at: this.now(), method, path, query, body, status: 0, kind: 'unhandled' };
    const reply = (status: number, json?: unknown) => {
      record.status = status;
      this.records.push(record);
      this.emit('request', record);
      const headers: Record<string, string> = { 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '49', 'x-ratelimit-reset-after': '1', 'x-ratelimit-bucket': 'emulator' };
      if (json === undefined) {
        res.writeHead(status, headers).end();
      } else {
        res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(json));
      }
    };

    try {
      const file = /^\/attachments\/(\d+)\/(\d+)\/[^/]+$/.exec(url.pathname);
      if (file && method === 'GET') {
        record.kind = 'attachment';
        const a = this.attachments.get(file[2]!);
        if (!a || file[1] !== this.channelId) return reply(404, { message: '404: Not Found', code: 0 });
        record.status = 200;
        this.records.push(record);
        this.emit('request', record);
        res.writeHead(200, { 'content-type': a.content_type ?? 'application/octet-stream', 'content-length': String(a.bytes.length) }).end(a.bytes);
        return;
      }
      if (!match || match[1] !== '10') return reply(404, { message: '404: Not Found', code: 0 });
      const authorized = req.headers.authorization === `Bot ${this.token}`;
      let m: RegExpExecArray | null;

      if (path === '/gateway/bot' && method === 'GET') {
        record.kind = 'gateway';
        if (!authorized) return reply(401, { message: '401: Unauthorized', code: 0 });
        return reply(200, {
          url: this.gatewayUrl,
          shards: this.options.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        });
      }
      if (path === '/gateway' && method === 'GET') {
        record.kind = 'gateway';
        return reply(200, { url: this.gatewayUrl });
      }
      if (path === '/users/@me' && method === 'GET') {
        record.kind = 'user';
        if (!authorized) return reply(401, { message: '401: Unauthorized', code: 0 });
        return reply(200, this.botUser);
      }
      if (path === '/applications/@me' && method === 'GET') {
        record.kind = 'user';
        return reply(200, { id: this.applicationId, name: 'summit-bot', flags: 0, bot_public: true, bot_require_code_grant: false, description: '', icon: null, verify_key: 'x', team: null, owner: this.testUser });
      }
      if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
        record.kind = 'commands';
        if (!authorized) return reply(401, { message: '401: Unauthorized', code: 0 });
        if (m[1] !== this.applicationId) return reply(403, { message: 'Missing Access', code: 50001 });
        if (method === 'PUT') {
          const defs = (Array.isArray(body) ? body : []) as Json[];
          const names = defs.map((d) => d.name);
          if (new Set(names).size !== names.length) return reply(400, { message: 'Invalid Form Body', code: 50035, errors: { _errors: [{ code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' }] } });
          this.commands.clear();
          const saved: Json[] = defs.map((d) => ({ ...d, id: this.nextId(), application_id: this.applicationId, version: this.nextId(), default_member_permissions: d.default_member_permissions ?? null, type: d.type ?? 1, ...(m?.[2] ? { guild_id: m[2] } : {}) }));
          for (const s of saved) this.commands.set(String(s.name), s);
          return reply(200, saved);
        }
        if (method === 'GET') return reply(200, [...this.commands.values()]);
      }
      if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') {
        record.kind = 'callback';
        record.interactionId = m[1];
        return this.callback(m[1], m[2], body as Json, query, record, reply);
      }
      if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
        const state = [...this.interactions.values()].find((s) => s.token === m?.[2]);
        if (!state || m[1] !== this.applicationId) return reply(404, { message: 'Unknown Webhook', code: 10015 });
        record.interactionId = state.id;
        return this.webhook(state, method, m[3], body as Json, record, reply);
      }
      return reply(404, { message: '404: Not Found', code: 0 });
    } catch (error) {
      return reply(500, { message: `emulator error: ${error instanceof Error ? error.message : String(error)}`, code: 0 });
    }
  }

  private messageFrom(state: InteractionState, data: Json, flags: number, type = 20): Json {
    const message: Json = {
      id: this.nextId(),
      type,
      content: data.content ?? '',
      channel_id: this.channelId,
      guild_id: this.guildId,
      author: this.botUser,
      attachments: data.attachments ?? [],
      embeds: data.embeds ?? [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags,
      components: data.components ?? [],
      application_id: this.applicationId,
      webhook_id: this.applicationId,
      interaction_metadata: { id: state.id, type: state.type, user: this.testUser, authorizing_integration_owners: { '0': this.guildId }, name: (state.payload.data as Json)?.name },
    };
    this.messages.set(String(message.id), message);
    return message;
  }

  private callback(id: string, token: string, body: Json, query: Record<string, string>, record: RecordedRequest, reply: (s: number, j?: unknown) => void): void {
    const state = this.interactions.get(id);
    if (!state || state.token !== token) return reply(404, { message: 'Unknown interaction', code: 10062 });
    if (state.acknowledgedAt !== undefined) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    if (record.at - state.sentAt > this.options.ackDeadlineMs) return reply(404, { message: 'Unknown interaction', code: 10062 });
    const type = Number(body?.type);
    const data = (body?.data ?? {}) as Json;
    let violations: string[] = [];
    if (type === Callback.Message || type === Callback.Update) violations = messageLimitViolations(data);
    if (type === Callback.Autocomplete) {
      if (state.type !== InteractionType.Autocomplete) violations = ['autocomplete result for a non-autocomplete interaction'];
      else violations = autocompleteViolations(data);
    }
    if (type === Callback.DeferredUpdate || type === Callback.Update) {
      if (state.type !== InteractionType.MessageComponent) violations.push('update callback for a non-component interaction');
    }
    if (![Callback.Message, Callback.Deferred, Callback.DeferredUpdate, Callback.Update, Callback.Autocomplete].includes(type as 4)) violations.push(`unknown callback type ${type}`);
    if (violations.length > 0) {
      record.violations = violations;
      return reply(400, { message: 'Invalid Form Body', code: 50035, errors: { data: { _errors: violations.map((v) => ({ code: 'BASE_TYPE_INVALID', message: v })) } } });
    }
    state.acknowledgedAt = record.at;
    state.callbackType = type;
    const flags = Number(data.flags ?? 0);
    let resource: Json = { type };
    switch (type) {
      case Callback.Message:
        state.original = this.messageFrom(state, data, flags & EPHEMERAL);
        state.shown.push({ at: record.at, kind: 'reply', message: state.original });
        resource = { type, message: state.original };
        break;
      case Callback.Deferred:
        state.original = this.messageFrom(state, { content: '' }, (flags & EPHEMERAL) | LOADING);
        resource = { type, message: state.original };
        break;
      case Callback.DeferredUpdate:
        state.original = state.payload.message as Json;
        break;
      case Callback.Update: {
        const previous = state.payload.message as Json;
        state.original = { ...previous, ...data, edited_timestamp: new Date().toISOString() };
        this.messages.set(String(previous.id), state.original);
        state.shown.push({ at: record.at, kind: 'update', message: state.original });
        resource = { type, message: state.original };
        break;
      }
      case Callback.Autocomplete:
        state.choices = (data.choices ?? []) as { name: string; value: unknown }[];
        break;
    }
    this.emit('callback', state);
    if (query.with_response === 'true') {
      return reply(200, {
        interaction: { id: state.id, type: state.type, response_message_id: state.original?.id, response_message_loading: type === Callback.Deferred, response_message_ephemeral: Boolean(flags & EPHEMERAL) },
        resource,
      });
    }
    return reply(204);
  }

  private webhook(state: InteractionState, method: string, messageId: string | undefined, body: Json, record: RecordedRequest, reply: (s: number, j?: unknown) => void): void {
    if (state.acknowledgedAt === undefined) return reply(404, { message: 'Unknown Webhook', code: 10015 });
    if (!messageId) {
      if (method !== 'POST') return reply(405, { message: '405: Method Not Allowed', code: 0 });
      record.kind = 'followup';
      const violations = messageLimitViolations(body);
      if (violations.length) {
        record.violations = violations;
        return reply(400, { message: 'Invalid Form Body', code: 50035 });
      }
      const message = this.messageFrom(state, body ?? {}, Number(body?.flags ?? 0) & EPHEMERAL, 0);
      state.followups.push(message);
      state.shown.push({ at: record.at, kind: 'followup', message });
      this.emit('message', state);
      return reply(200, message);
    }
    const target = messageId === '@original' ? state.original : (this.messages.get(messageId) ?? undefined);
    if (!target || (messageId === '@original' && state.originalDeleted)) return reply(404, { message: 'Unknown Message', code: 10008 });
    if (method === 'GET') {
      record.kind = 'fetch';
      return reply(200, target);
    }
    if (method === 'DELETE') {
      record.kind = 'delete';
      if (messageId === '@original') state.originalDeleted = true;
      this.messages.delete(String(target.id));
      return reply(204);
    }
    if (method === 'PATCH') {
      record.kind = 'edit';
      const violations = messageLimitViolations(body);
      if (violations.length) {
        record.violations = violations;
        return reply(400, { message: 'Invalid Form Body', code: 50035 });
      }
      const edited: Json = { ...target, edited_timestamp: new Date().toISOString(), flags: Number(target.flags ?? 0) & ~LOADING };
      for (const key of ['content', 'embeds', 'components', 'attachments'] as const) if (body && key in body) edited[key] = body[key];
      this.messages.set(String(edited.id), edited);
      if (messageId === '@original' || target.id === state.original?.id) state.original = edited;
      state.shown.push({ at: record.at, kind: 'edit', message: edited });
      this.emit('message', state);
      return reply(200, edited);
    }
    return reply(405, { message: '405: Method Not Allowed', code: 0 });
  }

  // ---------------------------------------------------------------- helpers

  /** Polls `predicate` until true; rejects after `timeoutMs` naming `what`. */
  async waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`emulator: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
