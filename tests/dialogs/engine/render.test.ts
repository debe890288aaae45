/** The wait-email line: the sender address when the flow names it, "BSSN" otherwise. */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../src/dialogs/graph.js';
import { waitEmailText } from '../../../src/dialogs/engine/render.js';

function waitStep(from?: string): Step {
  return {
    id: 'register.wait-notif',
    topic: 'register',
    end: {
      kind: 'wait-email',
      ...(from ? { from } : {}),
      subject: { id: 'Notifikasi Pendaftaran', en: 'Registration notification' },
      ifMissing: 'no-email.intro',
    },
  } as Step;
}

describe('waitEmailText', () => {
  it('names the sender address when the flow gives one', () => {
    expect(waitEmailText(waitStep('noreply@bsre.id'), 'id')).toContain('dari noreply@bsre.id');
    expect(waitEmailText(waitStep('noreply@bsre.id'), 'en')).toContain('from noreply@bsre.id');
  });

  it('says "from BSSN" when no address is given, never a made-up address', () => {
    const id = waitEmailText(waitStep(), 'id')!;
    const en = waitEmailText(waitStep(), 'en')!;
    expect(id).toContain('Notifikasi Pendaftaran');
    expect(id).toContain('dari BSSN');
    expect(en).toContain('from BSSN');
    expect(`${id} ${en}`).not.toMatch(/@|undefined|\{from\}/);
  });

  it('adds nothing to other steps', () => {
    expect(waitEmailText({ id: 'x.y', topic: 'login', end: { kind: 'resolved' } } as Step, 'id')).toBeUndefined();
  });
});
