/**
 * The moderator precondition. Who is a moderator: a member with the Manage Server permission (Administrator
 * implies it) or with one of MODERATOR_ROLE_IDS. Checked on every moderator command, autocomplete and button,
 * whatever the command's default permissions say (server admins can override those in Server Settings →
 * Integrations). A refusal is private, logged and audited.
 */
import type { Interaction } from 'discord.js';
import { MODERATOR_PERMISSION } from '../command/command.js';
import type { AuditAction } from '../corpus-admin/audit-log.js';
import type { Actor } from '../corpus-admin/types.js';
import { replyLocale, translator } from '../reply/labels.js';
import { actorOf, where } from './dispatch-context.js';
import type { DispatchContext, RunnableInteraction } from './dispatch-context.js';
import { sendPoliteError } from './polite-error.js';

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

/** The audit action of a moderator command. */
function actionOf(command: string, subcommand: string | undefined): AuditAction {
  if (command === 'refresh' || command === 'feedback') return command;
  return subcommand === 'add' || subcommand === 'remove' ? subcommand : 'list';
}

/**
 * A member who is not a moderator, as the audit log keeps them: the salted hash the feedback log uses instead of
 * their id, and no name — no member id is written in clear to the data folder. (Moderators' own actions keep
 * their id and tag: that is what an audit of the corpus is for.) Without a feedback log there is no salt: the id
 * is kept, as before.
 */
async function memberActor(interaction: RunnableInteraction, ctx: DispatchContext): Promise<Actor> {
  const actor = actorOf(interaction);
  if (!ctx.feedback) return actor;
  return { ...actor, id: await ctx.feedback.memberHash(actor.id), tag: 'member' };
}

/** Refuses a member who is not a moderator: privately, logged and audited. Returns true when refused. */
export async function refuseNonModerator(
  interaction: RunnableInteraction,
  ctx: DispatchContext,
  name: string,
  subcommand: string | undefined,
): Promise<boolean> {
  const t = translator(replyLocale(interaction.locale));
  if (!ctx.admin) {
    await sendPoliteError(interaction, t('error.adminUnavailable'));
    return true;
  }
  if (isModerator(interaction, ctx.admin.moderatorRoleIds)) return false;
  ctx.log('warn', 'moderator command denied', { ...where(interaction), command: name, subcommand });
  await ctx.admin.corpus.denied(await memberActor(interaction, ctx), actionOf(name, subcommand), `/${[name, subcommand].filter(Boolean).join(' ')}: not a moderator`);
  await sendPoliteError(interaction, t('error.notModerator', { name }));
  return true;
}
