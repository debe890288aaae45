/**
 * The Slack channel's public surface: the adapter factory and its options. Everything else in
 * this folder is an implementation detail.
 */
export { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapterOptions } from './slack-adapter.js';
export { SLASH_COMMAND } from './listen-command.js';
