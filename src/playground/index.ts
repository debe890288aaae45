/**
 * The maintainers' playground (`ds-helpdesk playground`): edit the flow files in a browser,
 * see `kb check`'s diagnostics while typing and the conversation graph, chat with the draft as
 * Telegram and Slack would show it, and save only a clean guide. The one entry point.
 */
export { startPlayground, DEFAULT_PLAYGROUND_PORT, type Playground, type PlaygroundOptions } from './server.js';
