/**
 * Keeping the benchmark process on one CPU (Linux `taskset`), with its private redis-server on
 * the same one. On this virtual machine a loopback round trip between two processes on two
 * vCPUs costs about 80 µs when the machine is idle — the other vCPU has to be woken from halt —
 * against 10-15 µs on one CPU or on a busy machine; one-chat-at-a-time figures then measure how
 * idle the neighbours are. On one CPU they measure this code and Redis. Production Redis sits
 * across a network, where what counts is the number of round trips.
 */
import { spawnSync } from 'node:child_process';

/** A pinning in force; `release` lets the process run on every CPU again. */
export interface CpuPin {
  cpu: number;
  release(): void;
}

function setAffinity(cpus: string): boolean {
  const done = spawnSync('taskset', ['-a', '-p', '-c', cpus, String(process.pid)], { stdio: 'ignore' });
  return !done.error && done.status === 0;
}

/** Pins every thread of this process to `cpu`; undefined where taskset is missing or refuses. */
export function pinToCpu(cpu = 0): CpuPin | undefined {
  const all = spawnSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' });
  const mask = /:\s*([0-9a-f]+)\s*$/i.exec(all.stdout ?? '')?.[1];
  if (all.error || all.status !== 0 || !mask || !setAffinity(String(cpu))) return undefined;
  return { cpu, release: () => void spawnSync('taskset', ['-a', '-p', mask, String(process.pid)], { stdio: 'ignore' }) };
}
