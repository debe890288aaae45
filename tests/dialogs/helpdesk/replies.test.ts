import { describe, expect, it } from 'vitest';
import { withHelpdeskReplies } from '../../../src/dialogs/helpdesk/replies.js';
import type { Inbound, InboundMeta } from '../../../src/dialogs/messages.js';
import type { TurnHandler } from '../../../src/dialogs/turn.js';
import { queueKit, readyEffects } from '../fixtures/helpdesk-kit.js';

const meta: InboundMeta = { userId: 'telegram:42', channel: 'telegram' };
const text = (t: string): Inbound => ({ type: 'text', text: t });

async function setup() {
  const kit = queueKit();
  for (const effect of readyEffects()) await kit.queue.onEffect(effect);
  const seen: Inbound[] = [];
  const inner: TurnHandler = async (_key, input) => {
    seen.push(input);
    return { outputs: [{ type: 'text', text: 'engine', buttons: [], personal: false }], awaiting: { kind: 'free' }, effects: [] };
  };
  return { kit, seen, handle: withHelpdeskReplies(inner, kit.queue) };
}

const ask = (kit: Awaited<ReturnType<typeof setup>>['kit'], id: string) =>
  kit.queue.act({ draftId: 'T1', action: { kind: 'ask', question: 'Kapan error muncul?' }, actor: { channel: 'slack', id: 'UHELP' }, actionId: id });

describe('withHelpdeskReplies', () => {
  it('passes turns through when no question is pending', async () => {
    const { handle, seen } = await setup();
    const result = await handle('telegram:42', text('lupa pin'), meta);
    expect(result.outputs[0]).toMatchObject({ text: 'engine' });
    expect(seen).toHaveLength(1);
  });

  it("takes the employee's next text as the answer, once", async () => {
    const { kit, handle, seen } = await setup();
    await ask(kit, 'q1');
    const result = await handle('telegram:42', text('Tadi pagi jam 9'), meta);
    expect(result.outputs[0]).toMatchObject({ type: 'text', text: expect.stringContaining('diteruskan ke helpdesk') });
    expect(seen).toHaveLength(0);
    expect((await kit.queue.get('T1'))?.history.at(-1)).toMatchObject({ action: 'info-received', note: 'Tadi pagi jam 9' });
    expect(kit.updates.at(-1)?.event.action).toBe('info-received');
    await handle('telegram:42', text('lupa pin'), meta);
    expect(seen).toHaveLength(1);
  });

  it('lets commands, photos and other users through while a question is pending', async () => {
    const { kit, handle, seen } = await setup();
    await ask(kit, 'q2');
    await handle('telegram:42', text('menu'), meta);
    await handle('telegram:42', { type: 'photo', file: { ref: 'x' } }, meta);
    await handle('telegram:99', text('halo'), { ...meta, userId: 'telegram:99' });
    expect(seen).toHaveLength(3);
    expect((await kit.queue.pendingQuestion('telegram:42'))?.id).toBe('T1');
  });

  it('never forwards a secret', async () => {
    const { kit, handle } = await setup();
    await ask(kit, 'q3');
    const onlySecret = await handle('telegram:42', text('pin saya 482916'), meta);
    expect(onlySecret.effects).toEqual([{ type: 'secret-redacted', kinds: ['pin'] }]);
    expect((await kit.queue.get('T1'))?.status).toBe('info-requested');
    const mixed = await handle('telegram:42', text('errornya muncul kemarin, password: Rahasia123!'), meta);
    expect(JSON.stringify(mixed)).not.toContain('Rahasia123!');
    expect(mixed.outputs[0]).toMatchObject({ text: expect.stringContaining('tidak saya teruskan') });
    const stored = JSON.stringify(await kit.queue.get('T1'));
    expect(stored).not.toContain('Rahasia123!');
    expect(stored).not.toContain('482916');
    await handle('telegram:42', text('errornya muncul kemarin'), meta);
    expect((await kit.queue.get('T1'))?.history.at(-1)).toMatchObject({ action: 'info-received', note: 'errornya muncul kemarin' });
  });
});
