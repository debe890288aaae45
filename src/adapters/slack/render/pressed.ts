/**
 * After a press the message is rewritten so its buttons cannot be pressed twice: the actions
 * block that held the pressed button becomes a context line "Dipilih: <label>", other actions
 * blocks of the message go away, the text stays.
 */
import type { types } from '@slack/bolt';
import { escapeMrkdwn } from './mrkdwn.js';

type AnyBlock = types.KnownBlock | types.Block;

/** The blocks of `blocks` with their buttons replaced by a "chosen" line. */
export function blocksAfterPress(blocks: AnyBlock[], pressedActionId: string, label: string, chosenWord: string): AnyBlock[] {
  const chosen: types.ContextBlock = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `✅ ${chosenWord}: *${escapeMrkdwn(label)}*` }],
  };
  let placed = false;
  const result: AnyBlock[] = [];
  for (const block of blocks) {
    if (block.type !== 'actions') {
      result.push(block);
      continue;
    }
    const elements = (block as types.ActionsBlock).elements ?? [];
    if (elements.some((e) => 'action_id' in e && e.action_id === pressedActionId)) {
      result.push(chosen);
      placed = true;
    }
  }
  if (!placed) result.push(chosen);
  return result;
}
