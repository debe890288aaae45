/**
 * The process metrics in Prometheus text: what each recording method adds, the open-tickets
 * gauge read at scrape time, and the bound on error kinds.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ERROR_KINDS, createMetrics } from '../../src/ops/metrics.js';

const line = (text: string, name: string) => text.split('\n').find((l) => l.startsWith(name));

describe('metrics', () => {
  it('counts turns, routing, funnel, reprompts, tickets, store calls and dedupe hits', async () => {
    const m = createMetrics({ processMetrics: false });
    m.buildInfo({ version: '0.1.0', graph: 'abc123' });
    m.turn('telegram', 0.004, 'answered');
    m.turn('telegram', 0.002, 'answered');
    m.turn('slack', 2.1, 'store-error');
    m.routed('forgot-password', 'topic');
    m.routed('unknown', 'unknown');
    m.clarified('renewal');
    m.flow('forgot-password', 'started');
    m.reprompt('forgot-password');
    m.ticket('ready');
    m.storeCall('load', 0.0004, true);
    m.storeCall('save', 2, false);
    m.dedupeHit('telegram');
    const text = await m.text();
    expect(m.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('dsh_build_info{version="0.1.0",graph="abc123"} 1');
    expect(text).toContain('dsh_turns_total{channel="telegram",result="answered"} 2');
    expect(text).toContain('dsh_turns_total{channel="slack",result="store-error"} 1');
    expect(text).toContain('dsh_turn_duration_seconds_bucket{le="0.005",channel="telegram"} 2');
    expect(text).toContain('dsh_turn_duration_seconds_count{channel="slack"} 1');
    expect(text).toContain('dsh_routed_total{topic="unknown",outcome="unknown"} 1');
    expect(text).toContain('dsh_clarify_answers_total{chosen="renewal"} 1');
    expect(text).toContain('dsh_flow_events_total{topic="forgot-password",event="started"} 1');
    expect(text).toContain('dsh_reprompts_total{topic="forgot-password"} 1');
    expect(text).toContain('dsh_tickets_total{status="ready"} 1');
    expect(text).toContain('dsh_store_duration_seconds_bucket{le="0.0005",op="load",result="ok"} 1');
    expect(text).toContain('dsh_store_duration_seconds_count{op="save",result="error"} 1');
    expect(text).toContain('dsh_dedupe_hits_total{channel="telegram"} 1');
    expect(text).not.toContain('process_cpu');
  });

  it('reads open tickets at scrape time, every open status included, and keeps the last values when the store fails', async () => {
    const m = createMetrics({ processMetrics: false });
    let fail = false;
    m.openTicketsFrom(async () => {
      if (fail) throw new Error('redis down');
      return { ready: 2, claimed: 0 };
    });
    expect(line(await m.text(), 'dsh_tickets_open{status="ready"}')).toBe('dsh_tickets_open{status="ready"} 2');
    expect(line(await m.text(), 'dsh_tickets_open{status="claimed"}')).toBe('dsh_tickets_open{status="claimed"} 0');
    fail = true;
    const text = await m.text();
    expect(line(text, 'dsh_tickets_open{status="ready"}')).toBe('dsh_tickets_open{status="ready"} 2');
    // Counted during that scrape: shown by the next one.
    expect(await m.text()).toMatch(/dsh_errors_total\{kind="tickets_open scrape failed"\} [12]/);
  });

  it('counts a value on a bucket bound in that bucket, as Prometheus reads `le`', async () => {
    const m = createMetrics({ processMetrics: false });
    m.storeCall('lock', 0.001, true);
    m.storeCall('lock', 0.0011, true);
    const text = await m.text();
    expect(text).toContain('dsh_store_duration_seconds_bucket{le="0.0005",op="lock",result="ok"} 0');
    expect(text).toContain('dsh_store_duration_seconds_bucket{le="0.001",op="lock",result="ok"} 1');
    expect(text).toContain('dsh_store_duration_seconds_bucket{le="0.0025",op="lock",result="ok"} 2');
    expect(text).toContain('dsh_store_duration_seconds_bucket{le="+Inf",op="lock",result="ok"} 2');
    expect(text).toMatch(/dsh_store_duration_seconds_sum\{op="lock",result="ok"\} 0\.0021/);
  });

  it('bounds the error kinds', async () => {
    const m = createMetrics({ processMetrics: false });
    for (let i = 0; i < MAX_ERROR_KINDS + 5; i++) m.error(`kind ${i}`);
    m.error('kind 0');
    const text = await m.text();
    expect(text.split('\n').filter((l) => l.startsWith('dsh_errors_total{'))).toHaveLength(MAX_ERROR_KINDS + 1);
    expect(text).toContain('dsh_errors_total{kind="other"} 5');
    expect(text).toContain('dsh_errors_total{kind="kind 0"} 2');
  });

  it('adds the Node.js process metrics by default, per registry', async () => {
    const a = createMetrics();
    const b = createMetrics();
    expect(await a.text()).toContain('process_cpu_user_seconds_total');
    expect(await b.text()).toContain('nodejs_eventloop_lag_seconds');
  });
});
