/** The terminal channel: a conversation on stdin/stdout with numbered buttons. */
export { createTerminalAdapter, renderForTerminal, terminalLocale, type TerminalAdapterOptions, type TerminalIo } from './terminal-adapter.js';
