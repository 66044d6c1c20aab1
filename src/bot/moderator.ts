/**
 * The moderator precondition. Who is a moderator: a member with the Manage Server permission (Administrator implies it) or with one of
 * MODERATOR_ROLE_IDS. Checked by the dispatcher on every moderator command, autocomplete and button, whatever
 * the command's default permissions say (server admins can override those in Server Settings → Integrations).
 */
import type { Interaction } from 'discord.js';
import { MODERATOR_PERMISSION } from '../command/command.js';

/** Role ids of the member who sent the interaction (raw API member or cached GuildMember). */
export function memberRoleIds(interaction: Interaction): string[] {
  const member = interaction.member;
  if (!member) return [];
  const roles = member.roles as unknown;
  if (Array.isArray(roles)) return roles.map(String);
  const cache = (roles as { cache?: Map<string, unknown> } | undefined)?.cache;
  return cache ? [...cache.keys()] : [];
}

/** True when the interaction comes from a guild member who may use the moderator commands. Never true in DMs. */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(MODERATOR_PERMISSION)) return true;
  return moderatorRoleIds.length > 0 && memberRoleIds(interaction).some((id) => moderatorRoleIds.includes(id));
}
