/**
 * The engine: the pure step function over the conversation graph, the state it keeps between
 * turns, and the renderer of steps into texts and buttons.
 */
export { step, type StepResult, type EngineDeps } from './step.js';
export { ConversationState, JourneyEntry, freshState } from './conversation-state.js';
export { buttonId, menuButton, menuButtons, stepButtons, toPlainText } from './render.js';
export { commandOf } from './global-commands.js';
