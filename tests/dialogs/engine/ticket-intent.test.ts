import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/dialogs/graph.js';
import type { StepResult } from '../../../src/dialogs/engine/step.js';
import type { TicketDraft } from '../../../src/dialogs/tickets/draft.js';
import { isTicketRequest } from '../../../src/dialogs/engine/ticket-intent.js';
import { PENDING_FILES_LIMIT } from '../../../src/dialogs/engine/conversation-state.js';
import { buttonIds, photo, play as playOn, press, text, textOf } from './fixtures.js';
import { ticketGraph } from '../tickets/fixtures.js';
import { Conversation, realGraph } from './real-graph.js';

const play = (...inputs: Parameters<typeof playOn>[0]) => playOn(inputs, ticketGraph);
const NIP = '198503152010121002';

/** The draft of the last ticket event in a turn. */
function draftOf(result: StepResult): TicketDraft | undefined {
  return result.outputs.flatMap((o) => (o.type === 'ticket' ? [o.ticket] : [])).at(-1);
}

describe('isTicketRequest', () => {
  it.each(['buat tiket', 'bikin tiket dong', 'create a ticket', 'tolong eskalasi ke servicedesk', 'lapor ke helpdesk', 'layanan 15.1'])('"%s" asks for a ticket', (t) => {
    expect(isTicketRequest(t)).toBe(true);
  });
  it.each(['iya', 'email belum masuk', 'tiketing', 'registrasi gagal'])('"%s" does not', (t) => {
    expect(isTicketRequest(t)).toBe(false);
  });
});

describe('ticket words start the template reachable from where the conversation is', () => {
  it('at a step with one reachable template: that template starts (journey kept)', () => {
    const r = play(press('topic:no-email'), text('tolong eskalasi ke servicedesk')).at(-1)!;
    expect(r.state.ticket?.template).toBe('ne');
    expect(draftOf(r)?.status).toBe('collecting');
    expect(r.awaiting).toEqual({ kind: 'text', slot: 'name' });
  });

  it('at a step with several: the reachable ones are offered, a pick starts it', () => {
    const [, offer] = play(press('topic:nik-mismatch'), text('buat tiket'));
    expect(buttonIds(offer!)).toEqual(['pick-ticket:nik', 'pick-ticket:ne']);
    expect(offer!.state.ticket).toBeUndefined();
    const picked = play(press('topic:nik-mismatch'), text('buat tiket'), press('pick-ticket:nik')).at(-1)!;
    expect(picked.state.ticket?.template).toBe('nik');
  });

  it('never the template of another topic the step merely links to', () => {
    const r = play(press('topic:register-failed'), text('mau lapor aja')).at(-1)!;
    expect(r.state.ticket?.template).toBe('rf');
  });

  it('after a resolved terminal, the topic start decides', () => {
    const r = play(press('topic:register-failed'), press('rf.start#retry'), text('bikin tiket')).at(-1)!;
    expect(r.state.ticket?.template).toBe('rf');
  });
});

describe('"iya" at a choice', () => {
  it('takes the one option that starts a ticket at once', () => {
    const r = play(press('topic:register-failed'), text('iya')).at(-1)!;
    expect(r.state.ticket?.template).toBe('rf');
  });

  it('with two options starting tickets, asks again instead of guessing', () => {
    const r = play(press('topic:nik-mismatch'), text('iya')).at(-1)!;
    expect(r.state.ticket).toBeUndefined();
    expect(r.state.step).toBe('nik.start');
    expect(textOf(r)).toContain('belum menangkap pilihan');
  });
});

describe('NIP or email typed at a choice with one ticket option', () => {
  it('a valid NIP starts the ticket with the NIP filled (name asked, NIP not)', () => {
    const [, r, next] = play(press('topic:register-failed'), text(NIP), text('Siti Aminah'));
    expect(r!.state.ticket?.template).toBe('rf');
    expect(r!.state.slots['nip']).toBe(NIP);
    expect(next!.awaiting).toEqual({ kind: 'email', slot: 'email' });
  });

  it('a valid official email does the same', () => {
    const r = play(press('topic:register-failed'), text('siti.aminah@kemenkeu.go.id')).at(-1)!;
    expect(r.state.ticket?.template).toBe('rf');
    expect(r.state.slots['email']).toBe('siti.aminah@kemenkeu.go.id');
  });

  it('an invalid NIP is not taken as wanting a ticket', () => {
    const r = play(press('topic:register-failed'), text('12345')).at(-1)!;
    expect(r.state.ticket).toBeUndefined();
  });

  it('a NIP where two options start tickets is not a choice', () => {
    const r = play(press('topic:nik-mismatch'), text(NIP)).at(-1)!;
    expect(r.state.ticket).toBeUndefined();
    expect(r.state.step).toBe('nik.start');
  });
});

describe('the template menu', () => {
  it('a description of the problem picks the one template of its topic', () => {
    const r = play(text('buat tiket servicedesk'), text('email dari BSSN tidak masuk')).at(-1)!;
    expect(r.state.ticket?.template).toBe('ne');
  });

  it('text that names no problem asks again', () => {
    const r = play(text('buat tiket servicedesk'), text('hmm entahlah')).at(-1)!;
    expect(r.state.ticket).toBeUndefined();
    expect(r.state.step).toBe('ticket.start');
    expect(r.awaiting.kind).toBe('choice');
  });
});

describe('photos sent before a ticket', () => {
  it('are kept with an offer; "iya" drafts the ticket and they fill the captures in order', () => {
    const turns = play(press('topic:no-email'), photo('p1'), photo('p2'), text('iya'));
    expect(buttonIds(turns[1]!)).toEqual(['offer:ticket', 'offer:no']);
    const started = turns.at(-1)!;
    expect(started.state.pendingFiles).toBeUndefined();
    expect(draftOf(started)?.attachments.map((a) => [a.name, a.ref])).toEqual([['hris-status', 'p1'], ['inbox', 'p2']]);
  });

  it(`at most ${PENDING_FILES_LIMIT} are kept (the latest); beyond the captures they are extras`, () => {
    const turns = play(press('topic:no-email'), photo('p1'), photo('p2'), photo('p3'), photo('p4'));
    expect(turns.at(-1)!.state.pendingFiles?.map((f) => f.ref)).toEqual(['p2', 'p3', 'p4']);
    const started = play(press('topic:no-email'), photo('p1'), photo('p2'), photo('p3'), photo('p4'), text('buat tiket')).at(-1)!;
    expect(draftOf(started)?.attachments.map((a) => a.name)).toEqual(['hris-status', 'inbox', 'extra']);
  });

  it('before any topic: kept, the menu shown; the topic chosen later gets them', () => {
    const [first] = play(photo('p1'));
    expect(first!.state.pendingFiles?.map((f) => f.ref)).toEqual(['p1']);
    expect(buttonIds(first!)).toContain('topic:no-email');
    const r = play(photo('p1'), press('topic:register-failed'), text('iya')).at(-1)!;
    expect(draftOf(r)?.attachments.map((a) => [a.name, a.ref])).toEqual([['hris-error', 'p1']]);
  });

  it('"tidak" to the offer drops them', () => {
    const r = play(press('topic:no-email'), photo('p1'), text('tidak')).at(-1)!;
    expect(r.state.pendingFiles).toBeUndefined();
    expect(r.state.ticket).toBeUndefined();
  });
});

describe('with the shipped guide', () => {
  let real: Graph;
  beforeAll(async () => {
    real = await realGraph();
  });

  it('"tetap ga ada" at the no-email check list, then "iya buatkan", starts the no-email draft', () => {
    const c = new Conversation(real).play('saya belum terima email dari BSSN', 'tetap ga ada', 'iya buatkan');
    expect(c.state?.ticket?.template).toBe('no-email');
  });

  it('an OTP pasted at the check list keeps the step; "eskalasi" then starts the no-email draft', () => {
    const c = new Conversation(real).play('saya belum terima email dari BSSN', 'my otp code is 123456');
    expect(c.state?.step).toBe(real.topics['no-email']!.start);
    expect(JSON.stringify(c.last)).not.toContain('123456');
    c.play('tolong eskalasi ke servicedesk');
    expect(c.state?.ticket?.template).toBe('no-email');
  });
});
