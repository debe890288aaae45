/**
 * Both channels over HTTP in one `npm start`, as an operator behind one port would set it up:
 * Slack's HTTP mode on PORT and TELEGRAM_WEBHOOK_URL pointing at the same PORT. Telegram (the
 * strict fake) delivers to the URL it was given in setWebhook; both channels must answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMain, until, type MainProcess } from './support/main-process.js';
import { SIGNING_SECRET, SlackDriver } from './support/slack-driver.js';
import { SLACK_TOKEN, StrictSlackApi } from './support/strict-slack-api.js';
import { StrictBotApi, TOKEN } from './support/strict-bot-api.js';
import { TelegramUser, webhook } from './support/telegram-driver.js';
import { person } from './support/telegram-updates.js';

const SECRET = 'shared_port-secret';

describe('Telegram webhook and Slack HTTP mode on one PORT', () => {
  let tg: StrictBotApi;
  let slack: StrictSlackApi;
  let bot: MainProcess;
  let port = 0;

  beforeAll(async () => {
    tg = await StrictBotApi.start();
    slack = await StrictSlackApi.start();
    port = await freePort();
    bot = startMain({
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: tg.apiRoot,
      TELEGRAM_WEBHOOK_URL: `https://127.0.0.1:${port}/telegram/webhook`, TELEGRAM_WEBHOOK_SECRET: SECRET,
      SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url, PORT: String(port),
    });
    await until(() => bot.logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', bot.logs);
  });
  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await Promise.all([tg.close(), slack.close()]);
  });

  it('serves the Telegram webhook at its path on PORT, next to /slack/events', async () => {
    const hook = new URL(String(tg.webhook!.url));
    const user = new TelegramUser(tg, webhook(tg, `http://127.0.0.1:${hook.port}${hook.pathname}`, SECRET, bot.logs), 4711, person(4711));
    const replies = await user.say('/start');
    expect(replies.length).toBeGreaterThan(0);
    const wrong = await fetch(`http://127.0.0.1:${hook.port}${hook.pathname}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'nope' }, body: '{"update_id":1}' });
    expect(wrong.status).toBe(401);

    const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, slack, bot.logs);
    await driver.message('U0SP', 'DU0SP', 'lupa password ams');
    expect((await slack.settled('DU0SP', 0)).length).toBeGreaterThan(0);
  });
});
