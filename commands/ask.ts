/** /ask question — any question about the corpus: the short answer, then up to 3 cited passages. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/command/command.js';
import { answerReply, errorReply, textOption } from '../src/reply/build.js';
import { answerFacts } from '../src/reply/feedback.js';

/** Longest question accepted (Discord enforces it in the client; longer text from elsewhere is cut). */
export const MAX_QUESTION = 300;

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setNameLocalizations({ fr: 'demander' })
  .setDescription('Ask a question about the articles; get a short answer with cited passages')
  .setDescriptionLocalizations({ fr: 'Poser une question sur les articles ; réponse courte avec passages cités' })
  .addStringOption((o) =>
    o
      .setName('question')
      .setDescription('Your question, e.g. Où s’est tenu le sommet ?')
      .setDescriptionLocalizations({ fr: 'Votre question, par ex. Où s’est tenu le sommet ?' })
      .setRequired(true)
      .setMaxLength(MAX_QUESTION),
  );

export const command: Command = {
  data,
  validate(ctx, { options }) {
    if (!textOption(options.question, MAX_QUESTION).text) return errorReply(ctx, ctx.t('error.empty', { option: 'question' }));
    return undefined;
  },
  execute(ctx, { options }) {
    const { text, cut } = textOption(options.question, MAX_QUESTION);
    const answer = ctx.engine.ask(text);
    const notes = cut ? [ctx.t('note.truncated', { max: MAX_QUESTION })] : [];
    return { ...answerReply(ctx.engine, ctx, text, answer, notes), rated: answerFacts('ask', answer) };
  },
  example: (ctx) => ({ options: { question: ctx.t('help.example.question') } }),
};
