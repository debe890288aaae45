/** The Telegram channel (grammY): the adapter and the pieces others may reuse. */
export { createTelegramAdapter, type TelegramAdapterOptions } from './adapter.js';
export { CallbackCodec, CALLBACK_DATA_LIMIT } from './callback-data.js';
export { escapeHtml, markupToHtml } from './html.js';
export { splitHtml, TELEGRAM_TEXT_LIMIT } from './split-html.js';
export { secretMatches, SECRET_HEADER } from './webhook-server.js';
export { telegramTransportOptions, type TelegramConfig } from './config-options.js';
