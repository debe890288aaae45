/**
 * The load benchmark: N simulated users talk to the bot through its real adapters — Telegram in
 * webhook mode and Slack HTTP events, half the users each — against the local fakes, with one
 * replica or two behind one webhook (each turn of a user goes to the next replica in turn, as a
 * round-robin load balancer would send it). A turn's latency runs from the moment the bench
 * sends the user's message to the moment the bot's (last) reply message reaches the fake API.
 */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createClient } from '@redis/client';
import { percentile } from '../stats.js';
import { startFakeSlack, startFakeTelegram } from './fake-platforms.js';
import { BENCH_SIGNING_SECRET, BENCH_WEBHOOK_SECRET, startReplicaProcess, type ReplicaProcess } from './replica-processes.js';
import { ReplySink } from './reply-sink.js';

/**
 * One turn of the script: what the user types and how many messages the bot answers with on
 * Telegram and on Slack (Slack joins consecutive texts of a turn into one message).
 */
const SCRIPT: ReadonlyArray<readonly [string, { telegram: number; slack: number }]> = [
  ['cek profil ams saya', { telegram: 1, slack: 1 }], ['Siti Aminah', { telegram: 1, slack: 1 }],
  ['Analis Kebijakan', { telegram: 1, slack: 1 }], ['Sekretariat Jenderal', { telegram: 1, slack: 1 }],
  ['batal', { telegram: 2, slack: 1 }],
];

/** What one load run measured. */
export interface LoadFigures {
  replicas: number;
  users: number;
  turns: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-200 deliveries, missing or apologetic replies, error log lines, fake API errors. */
  errors: number;
  /** Growth of the replicas' resident memory per conversation (bytes). */
  replicaBytesPerConversation: number;
  /** Growth of Redis' used memory per conversation (bytes): state, dedupe ids, buckets. */
  redisBytesPerConversation: number;
  /** CPU per turn: all replicas together, the bench itself (load generator and fakes), Redis. */
  cpuMsPerTurn: { replicas: number; bench: number; redis: number };
}

/** Options of {@link benchLoad}. */
export interface LoadOptions {
  redisUrl: string;
  users: number;
  replicas: number;
  /** Times each user goes through the script (5 turns each). */
  rounds: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
let runs = 0;

/** POSTs `body`; resolves with the HTTP status (0 when the connection failed). */
function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** A user of one channel: how to send a text, and where its replies are counted. */
interface User {
  key: string;
  channel: 'telegram' | 'slack';
  send(replica: ReplicaProcess, text: string): Promise<number>;
}

function telegramUser(chat: number): User {
  let seq = 0;
  return {
    key: `tg:${chat}`,
    channel: 'telegram',
    send: (replica, text) => post(replica.telegramUrl, JSON.stringify({
      update_id: chat * 100 + (seq += 1),
      message: { message_id: seq, date: Math.floor(Date.now() / 1000), text, from: { id: chat, is_bot: false, first_name: 'Bench', language_code: 'id' }, chat: { id: chat, type: 'private', first_name: 'Bench' } },
    }), { 'x-telegram-bot-api-secret-token': BENCH_WEBHOOK_SECRET }),
  };
}

function slackUser(id: string): User {
  let seq = 0;
  const channel = `D${id}`;
  return {
    key: `sl:${channel}`,
    channel: 'slack',
    send: (replica, text) => {
      const ts = `${Math.floor(Date.now() / 1000)}.${String((seq += 1)).padStart(6, '0')}`;
      const body = JSON.stringify({
        token: 'x', team_id: 'TBENCH', api_app_id: 'ABENCH', type: 'event_callback', event_id: `Ev${id}${seq}`, event_time: Math.floor(Date.now() / 1000),
        event: { type: 'message', user: id, text, ts, event_ts: ts, channel, channel_type: 'im', team: 'TBENCH' },
      });
      const stamp = String(Math.floor(Date.now() / 1000));
      const signature = `v0=${createHmac('sha256', BENCH_SIGNING_SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`;
      return post(replica.slackUrl, body, { 'x-slack-request-timestamp': stamp, 'x-slack-signature': signature });
    },
  };
}

/** Redis' used memory (bytes) and CPU time so far (ms). */
async function redisUsage(url: string): Promise<{ bytes: number; cpuMs: number }> {
  const client = createClient({ url });
  await client.connect();
  try {
    const info = await client.info();
    const field = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
    return { bytes: field('used_memory'), cpuMs: (field('used_cpu_user') + field('used_cpu_sys')) * 1000 };
  } finally {
    await client.close();
  }
}

/** Runs the users' conversations; returns the turn latencies and the errors seen. */
async function drive(users: User[], replicas: ReplicaProcess[], sink: ReplySink, rounds: number): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(users.map(async (user, u) => {
    let turn = 0;
    for (let round = 0; round < rounds; round += 1) {
      for (const [text, replies] of SCRIPT) {
        const replica = replicas[(u + turn) % replicas.length]!;
        turn += 1;
        const expected = sink.count(user.key) + replies[user.channel];
        const started = performance.now();
        const arrival = sink.until(user.key, expected);
        const status = await user.send(replica, text);
        if (status !== 200) errors += 1;
        try {
          latencies.push((await arrival) - started);
        } catch (error) {
          errors += 1;
          if (process.env.BENCH_DEBUG) process.stderr.write(`bench: ${(error as Error).message} (turn ${turn}, "${text}", status ${status})\n`);
          return;
        }
      }
    }
  }));
  return { latencies, errors };
}

/** One load run: fakes, replicas, warm-up, the measured conversations, then a clean stop. */
export async function benchLoad(options: LoadOptions): Promise<LoadFigures> {
  const run = (runs += 1);
  const sink = new ReplySink();
  const [telegram, slack] = await Promise.all([startFakeTelegram(sink), startFakeSlack(sink)]);
  const replicas: ReplicaProcess[] = [];
  try {
    // One after another: each picks two neighbouring free ports.
    for (let i = 0; i < options.replicas; i += 1) replicas.push(await startReplicaProcess({ redis: options.redisUrl, telegram: telegram.url, slack: slack.url }));
    const makeUsers = (n: number, base: number): User[] => Array.from({ length: n }, (_, i) =>
      (i % 2 === 0 ? telegramUser(base + i) : slackUser(`UB${base + i}`)));
    const base = 800_000_000 + process.pid * 100 + run * 10_000;
    // Warm-up, not counted: JIT, connections; 500 turns, so each of two replicas gets its share too.
    await drive(makeUsers(100, base + 5000), replicas, sink, 1);
    const sum = (of: (r: ReplicaProcess) => number) => replicas.reduce((total, r) => total + of(r), 0);
    const rssBefore = sum((r) => r.rssBytes());
    const cpuBefore = sum((r) => r.cpuMs());
    const redisBefore = await redisUsage(options.redisUrl);
    const benchBefore = process.cpuUsage();
    const started = performance.now();
    const { latencies, errors } = await drive(makeUsers(options.users, base), replicas, sink, options.rounds);
    const seconds = (performance.now() - started) / 1000;
    const bench = process.cpuUsage(benchBefore);
    const rssAfter = sum((r) => r.rssBytes());
    const cpuAfter = sum((r) => r.cpuMs());
    const redisAfter = await redisUsage(options.redisUrl);
    const perTurn = (ms: number) => ms / Math.max(1, latencies.length);
    const logged = replicas.reduce((sum, r) => sum + r.errorLines().length, 0);
    if (process.env.BENCH_DEBUG) for (const r of replicas) process.stderr.write(r.errorLines().map((l) => `bench: replica: ${l}\n`).join(''));
    return {
      replicas: options.replicas, users: options.users, turns: latencies.length,
      turnsPerSecond: latencies.length / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99),
      errors: errors + logged + sink.failures + telegram.errors() + slack.errors(),
      replicaBytesPerConversation: Math.max(0, rssAfter - rssBefore) / options.users,
      redisBytesPerConversation: Math.max(0, redisAfter.bytes - redisBefore.bytes) / options.users,
      cpuMsPerTurn: { replicas: perTurn(cpuAfter - cpuBefore), bench: perTurn((bench.user + bench.system) / 1000), redis: perTurn(redisAfter.cpuMs - redisBefore.cpuMs) },
    };
  } finally {
    const codes = await Promise.all(replicas.map((r) => r.stop()));
    await Promise.all([telegram.close(), slack.close()]);
    if (codes.some((c) => c !== 0)) process.stderr.write(`bench: a replica exited with ${JSON.stringify(codes)}\n`);
  }
}
