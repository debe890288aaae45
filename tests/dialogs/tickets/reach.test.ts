import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/dialogs/graph.js';
import { directTicketOf, directTicketOptions, reachableTickets, ticketsForContext, topicTickets } from '../../../src/dialogs/tickets/reach.js';
import { ticketGraph as g } from './fixtures.js';
import { realGraph } from '../engine/real-graph.js';

const templates = (list: { template: string }[]) => list.map((t) => t.template);

describe('reachableTickets (hand-built graph)', () => {
  it('finds the one template a step leads to, through goto-only steps, with its terminal step', () => {
    expect(reachableTickets(g, 'rf.start')).toEqual([{ template: 'rf', endStep: 'rf.ticket', topic: 'register-failed' }]);
  });

  it('does not cross into another topic (rf.start → "Cek email" → no-email is not counted)', () => {
    expect(templates(reachableTickets(g, 'rf.start'))).not.toContain('ne');
  });

  it('lists several templates once each, nearest first', () => {
    expect(templates(reachableTickets(g, 'nik.start'))).toEqual(['nik', 'ne']);
    expect(templates(reachableTickets(g, 'ticket.start'))).toEqual(['rf', 'ne']);
  });

  it('follows the "email did not come" path of a wait-email terminal', () => {
    expect(reachableTickets(g, 'ne.wait')).toEqual([{ template: 'ne', endStep: 'ne.ticket', topic: 'no-email' }]);
  });

  it('is empty from a resolved terminal and for an unknown step', () => {
    expect(reachableTickets(g, 'rf.retry')).toEqual([]);
    expect(reachableTickets(g, 'no-such-step')).toEqual([]);
  });

  it('topicTickets walks from the topic start; a topic with no ticket has none', () => {
    expect(templates(topicTickets(g, 'no-email'))).toEqual(['ne']);
    expect(topicTickets(g, 'greeting')).toEqual([]);
    expect(topicTickets(g, 'login')).toEqual([]);
  });

  it('ticketsForContext: from the step, else from the topic start', () => {
    expect(templates(ticketsForContext(g, 'ne.intro', 'no-email'))).toEqual(['ne']);
    // A resolved step reaches nothing itself: the topic's templates stand in.
    expect(templates(ticketsForContext(g, 'rf.retry', 'register-failed'))).toEqual(['rf']);
    expect(ticketsForContext(g, undefined, undefined)).toEqual([]);
  });
});

describe('direct ticket options', () => {
  it('an option whose target (through goto-only steps) is a ticket terminal starts it at once', () => {
    const options = g.steps['rf.start']!.options!;
    expect(options.map((o) => directTicketOf(g, o))).toEqual([undefined, 'rf', undefined]);
    expect(directTicketOptions(g, g.steps['rf.start']!)).toEqual([1]);
  });

  it('one vs several: nik.start has two, ne.start none (its ticket is one step further)', () => {
    expect(directTicketOptions(g, g.steps['nik.start']!)).toEqual([0, 1]);
    expect(directTicketOptions(g, g.steps['ne.start']!)).toEqual([]);
  });
});

describe('reachability in the shipped guide', () => {
  let real: Graph;
  beforeAll(async () => {
    real = await realGraph();
  });

  it('each problem topic reaches its own template from its start', () => {
    expect(templates(topicTickets(real, 'no-email'))).toContain('no-email');
    expect(templates(topicTickets(real, 'register-failed'))).toContain('registration-failed');
    expect(templates(topicTickets(real, 'nik-mismatch'))).toContain('nik-mismatch');
  });

  it('every reachable terminal is a ticket step of the same topic, and every template exists', () => {
    for (const topic of Object.keys(real.topics)) {
      for (const r of topicTickets(real, topic as never)) {
        const end = real.steps[r.endStep]!;
        expect(end.end).toEqual({ kind: 'ticket', template: r.template });
        expect(end.topic).toBe(topic);
        expect(real.tickets[r.template]).toBeDefined();
      }
    }
  });

  it('the no-email check list reaches only the no-email template', () => {
    expect(templates(reachableTickets(real, real.topics['no-email']!.start))).toEqual(['no-email']);
  });
});
