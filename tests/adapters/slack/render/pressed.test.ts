import { describe, expect, it } from 'vitest';
import { blocksAfterPress } from '../../../../src/adapters/slack/render/pressed.js';

const button = (id: string) => ({ type: 'button' as const, action_id: id, text: { type: 'plain_text' as const, text: id } });

describe('Slack message after a press', () => {
  it('replaces the pressed actions block with a chosen line and removes other buttons', () => {
    const blocks = [
      { type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'Pilih' } },
      { type: 'actions' as const, elements: [button('ds.b.0'), button('ds.b.1')] },
      { type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'Lainnya' } },
      { type: 'actions' as const, elements: [button('ds.b.2')] },
    ];
    const after = blocksAfterPress(blocks, 'ds.b.1', 'Lupa <password>', 'Dipilih');
    expect(after.map((b) => b.type)).toEqual(['section', 'context', 'section']);
    expect(JSON.stringify(after[1])).toContain('Dipilih: *Lupa &lt;password&gt;*');
  });

  it('adds the chosen line when the original blocks are unknown', () => {
    expect(blocksAfterPress([], 'ds.b.0', 'Ya', 'Chosen')).toEqual([{ type: 'context', elements: [{ type: 'mrkdwn', text: '✅ Chosen: *Ya*' }] }]);
  });
});
