/**
 * The Slack channel's public surface: the adapter factory and its options, plus the upload
 * helper for anything the bot posts as a file. Everything else in this folder is an
 * implementation detail.
 */
export { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapterOptions } from './slack-adapter.js';
export { slackTransportOptions, type SlackConfig } from './config-options.js';
export { SLASH_COMMAND } from './listeners/command.js';
export { uploadFile, type SlackUpload } from './upload.js';
