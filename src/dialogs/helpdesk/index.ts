/**
 * The helpdesk queue: ready drafts posted to the staff's boards, the actions staff take on them
 * (claim, ask, escalate, close), who may take them, and what the employee is told.
 */
export {
  createHelpdeskQueue, type ActionOutcome, type ActionRequest, type EmployeeNotifier, type HelpdeskBoard,
  type HelpdeskQueue, type HelpdeskQueueOptions,
} from './queue.js';
export { type HelpdeskAction, type HelpdeskActor, actorLabel } from './actions.js';
export { type HelpdeskUsers, helpdeskUsersFromEnv, isHelpdeskUser, parseUserIds } from './auth.js';
export {
  ACTION_CODE, ACTION_LABEL, ACTION_PROMPT, actionOf, actionOfCode, availableActions, draftHeading, draftList,
  draftListLine, outcomeText, promptFor, revisionOf, type ActionKind,
} from './view.js';
export { EMPLOYEE_PHRASES, STATUS_LABEL, boardEventLine, employeeMessage } from './phrases.js';
export { withHelpdeskReplies } from './replies.js';
