/**
 * The message context-menu command "Ask the corpus" (« Demander au corpus »): right-click a message → Apps;
 * the message's text, with mentions neutralised and cut to /ask's length limit, is asked as a question. The
 * answer is private (only the member who asked sees it). In the console: `/ask-message text: …`.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type { Command } from '../src/command/command.js';
import { MESSAGE_TEXT_OPTION } from '../src/command/command.js';
import { answerReply, errorReply, textOption } from '../src/reply/build.js';
import { answerFacts } from '../src/reply/feedback.js';
import { plainMentions } from '../src/reply/text.js';
import { MAX_QUESTION } from './ask.js';

export const data = new ContextMenuCommandBuilder()
  .setName('Ask the corpus')
  .setNameLocalizations({ fr: 'Demander au corpus' })
  .setType(ApplicationCommandType.Message);

/** The question a message's text stands for: mentions neutralised, then cut at a word to MAX_QUESTION. */
function questionOf(value: unknown): { text: string; cut: boolean } {
  return textOption(plainMentions(typeof value === 'string' ? value : ''), MAX_QUESTION);
}

export const command: Command = {
  data,
  consoleName: 'ask-message',
  ephemeral: true,
  validate(ctx, { options }) {
    if (!questionOf(options[MESSAGE_TEXT_OPTION]).text) return errorReply(ctx, ctx.t('askMessage.empty'));
    return undefined;
  },
  execute(ctx, { options }) {
    const { text, cut } = questionOf(options[MESSAGE_TEXT_OPTION]);
    const answer = ctx.engine.ask(text);
    const notes = cut ? [ctx.t('note.truncated', { max: MAX_QUESTION })] : [];
    return { ...answerReply(ctx.engine, ctx, text, answer, notes), rated: answerFacts('ask-message', answer) };
  },
};
