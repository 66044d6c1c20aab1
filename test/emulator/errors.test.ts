/**
 * The bot's behaviour on failures, and the emulator's protocol, with a fake engine (independent of the core):
 * errors become a private polite reply plus a log line with context; heartbeats; bad token; global deploy.
 */
import { Client, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, commandsByName } from '../../commands/index.js';
import { startBot } from '../../src/bot/client.js';
import { deployCommands } from '../../src/bot/register-commands.js';
import type { Logger } from '../../src/log.js';
import { fakeEngine } from '../commands/fake-engine.js';
import { DiscordEmulator } from './emulator.js';

let emulator: DiscordEmulator;
let client: Client;
const logs: { level: string; message: string; context?: Record<string, unknown> }[] = [];

beforeAll(async () => {
  emulator = await DiscordEmulator.start({ heartbeatInterval: 150 });
  const engine = fakeEngine();
  engine.ask = () => {
    throw new Error('index exploded at /secret/path.ts:42');
  };
  engine.people = () => {
    throw new Error('people exploded');
  };
  const log: Logger = (level, message, context) => logs.push({ level, message, context });
  client = await startBot({ config: { discordToken: emulator.token, discordApiUrl: emulator.apiUrl }, engine, commands: commandsByName, log });
});

afterAll(async () => {
  await client?.destroy();
  await emulator?.close();
});

describe('errors', () => {
  it('turn into a private, polite reply without a stack trace, and a log line with context', async () => {
    const ix = emulator.sendCommand('ask', { question: 'Où ?' }, { locale: 'fr' });
    expect(await ix.acknowledged()).toBeLessThan(3000);
    const shown = await ix.shown();
    expect(shown.kind).toBe('followup');
    expect(Number(shown.message.flags) & 64).toBe(64);
    expect(shown.message.content).toBe('Désolé, un problème est survenu pendant la réponse. Il a été consigné ; merci de réessayer dans un instant.');
    expect(ix.state().originalDeleted).toBe(true); // the public "thinking…" placeholder is removed
    const line = logs.find((l) => l.message === 'command failed');
    expect(line?.context).toMatchObject({ command: 'ask', interaction: ix.id, guild: emulator.guildId, user: emulator.testUser.id, locale: 'fr', options: { question: 'Où ?' } });
    expect(String(line?.context?.error)).toContain('index exploded');
  });

  it('answer an autocomplete that fails with no choices, and log it', async () => {
    const choices = await emulator.sendAutocomplete('who', { name: 'Pou' }, 'name').choices();
    expect(choices).toEqual([]);
    expect(logs.some((l) => l.message === 'autocomplete failed')).toBe(true);
  });

  it('answer an unknown or stale button privately', async () => {
    const message = { ...emulator.messages.values().next().value, components: [] } as Record<string, unknown>;
    const ix = emulator.sendButton(message, 'something-old', { locale: 'en-US' });
    const shown = await ix.shown();
    expect(Number(shown.message.flags) & 64).toBe(64);
    expect(shown.message.content).toContain('run the command again');
  });

  it('answer an unknown command privately', async () => {
    const shown = await emulator.sendCommand('forgotten', {}, { locale: 'en-US' }).shown();
    expect(shown.message.content).toBe('Sorry, I do not know the command /forgotten.');
  });
});

describe('gateway protocol', () => {
  it('heartbeats are acknowledged and keep the session alive', async () => {
    await emulator.waitFor(() => emulator.gatewayIn.filter((g) => g.op === 1).length >= 3, 5000, 'three heartbeats');
    expect(emulator.identifies).toBe(1);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('the bot identifies with its token, the Guilds intent and shard [0, 1]', () => {
    const identify = emulator.gatewayIn.find((g) => g.op === 2)?.d as Record<string, unknown>;
    expect(identify).toMatchObject({ token: emulator.token, intents: GatewayIntentBits.Guilds, shard: [0, 1] });
  });

  it('a wrong token is refused at login', async () => {
    const bad = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emulator.apiUrl } });
    await expect(bad.login('wrong.token.value')).rejects.toThrow(/token/i);
    await bad.destroy();
  });
});

describe('deploy-commands', () => {
  it('registers globally when no guild is configured', async () => {
    const result = await deployCommands({ discordToken: emulator.token, discordClientId: emulator.applicationId, discordApiUrl: emulator.apiUrl }, commands);
    expect(result).toEqual({ scope: 'global', count: 12 });
    const put = emulator.records.filter((r) => r.method === 'PUT').at(-1);
    expect(put?.path).toBe(`/applications/${emulator.applicationId}/commands`);
    expect(put?.status).toBe(200);
  });
});
