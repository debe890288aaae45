/**
 * `/ds`: opens the topic menu (or asks a question: `/ds lupa passphrase`) in the user's DM with
 * the bot. The DM, not an ephemeral reply, because the conversation goes on to ask for NIP, NIK
 * and e-mail, which must never be typed into a shared channel, and because ephemeral messages
 * cannot be updated after a press. Invoked elsewhere, the ack says where the menu went.
 */
import type { App } from '@slack/bolt';
import type { Inbound } from '../../../dialogs/messages.js';
import { plainFromSlack } from '../slack-text.js';
import type { SlackTurns } from '../slack-turns.js';
import { texts } from '../texts.js';
import { errorSummary } from '../user-profiles.js';

/** The slash command's name as configured in the app manifest. */
export const SLASH_COMMAND = '/ds';

/** Registers the `/ds` slash command. */
export function listenToCommand(app: App, turns: SlackTurns): void {
  app.command(SLASH_COMMAND, async ({ command, ack }) => {
    const inOurDm = turns.knownDm(command.user_id) === command.channel_id;
    // The user's locale may need a Web API call; the ack may not wait for it, so it is bilingual-safe Indonesian first.
    await ack(inOurDm ? undefined : { response_type: 'ephemeral', text: texts(turns.options.defaultLocale).menuSentToDm });
    const text = plainFromSlack(command.text ?? '');
    const input: Inbound = text ? { type: 'text', text } : { type: 'command', command: 'menu' };
    try {
      const place = await turns.dmWith(command.team_id, command.user_id);
      void turns.run(place, input);
    } catch (error) {
      turns.options.logger.error({ err: errorSummary(error) }, 'slack /ds could not open the DM');
    }
  });
}
