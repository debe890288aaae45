/**
 * Replays a parsed Dockerfile on this machine, stage by stage, each in a folder of its own
 * standing in for the stage's filesystem: WORKDIR makes folders, COPY copies from the build
 * context or another stage, RUN runs the command there (`sh -c`, with the stage's ENV), the
 * rest is recorded. A `--mount=type=cache,target=/root/.npm` is npm's own cache here (that is
 * what it is in the image: a cache kept outside the layers), which keeps `npm ci` offline-fast.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { commandOf, copyOf, envOf, healthcheckOf, type Stage } from './dockerfile.js';

/** A replayed stage: its folder and what its image would run. */
export interface ReplayedStage {
  name: string;
  image: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  cmd?: string[];
  healthcheck?: string[];
  /** Every RUN command, as written. */
  runs: string[];
}

/** Options of {@link replayStages}. */
export interface ReplayOptions {
  context: string;
  /** Where the stages' folders go. */
  scratch: string;
  /** Extra environment for RUN (PATH, HOME, npm settings). */
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

/** The host path of `path` inside `stage` (relative paths from its WORKDIR). */
export function inStage(stage: Pick<ReplayedStage, 'root' | 'workdir'>, path: string): string {
  return join(stage.root, posix.resolve(stage.workdir, path));
}

/** Replays every stage in order; throws with the command's output when a RUN fails. */
export async function replayStages(stages: readonly Stage[], options: ReplayOptions): Promise<Map<string, ReplayedStage>> {
  const done = new Map<string, ReplayedStage>();
  for (const stage of stages) {
    const replayed: ReplayedStage = { name: stage.name, image: stage.image, root: join(options.scratch, `stage-${stage.name}`), workdir: '/', env: {}, runs: [] };
    mkdirSync(replayed.root, { recursive: true });
    for (const { keyword, args, line } of stage.instructions) {
      const where = `Dockerfile:${line}`;
      switch (keyword) {
        case 'WORKDIR':
          replayed.workdir = posix.resolve(replayed.workdir, args);
          mkdirSync(inStage(replayed, '.'), { recursive: true });
          break;
        case 'ENV':
          Object.assign(replayed.env, envOf(args));
          break;
        case 'COPY':
          copy(replayed, args, options.context, done, where);
          break;
        case 'RUN': {
          const command = withoutCacheMount(args, where);
          replayed.runs.push(command);
          await run(command, inStage(replayed, '.'), { ...options.env, ...replayed.env }, options.timeoutMs, where);
          break;
        }
        case 'USER':
          replayed.user = args;
          break;
        case 'CMD':
          replayed.cmd = commandOf(args);
          break;
        case 'HEALTHCHECK':
          replayed.healthcheck = healthcheckOf(args);
          break;
        default: // EXPOSE, LABEL, ARG, STOPSIGNAL, ENTRYPOINT: nothing to replay on disk.
      }
    }
    done.set(stage.name, replayed);
  }
  return done;
}

/** `RUN --mount=type=cache,target=/root/.npm cmd` → `cmd`; any other mount is refused. */
function withoutCacheMount(args: string, where: string): string {
  let rest = args;
  for (let m = /^--mount=(\S+)\s+/.exec(rest); m; m = /^--mount=(\S+)\s+/.exec(rest)) {
    if (m[1] !== 'type=cache,target=/root/.npm') throw new Error(`${where}: the replay knows only npm's cache mount, not --mount=${m[1]}`);
    rest = rest.slice(m[0].length);
  }
  if (rest.startsWith('--')) throw new Error(`${where}: the replay does not know RUN ${rest.split(' ')[0]}`);
  return rest;
}

function copy(stage: ReplayedStage, args: string, context: string, done: Map<string, ReplayedStage>, where: string): void {
  const { from, sources, dest } = copyOf(args);
  const source = from ? done.get(from) : undefined;
  if (from && !source) throw new Error(`${where}: COPY --from=${from}: no such stage before this one`);
  const target = inStage(stage, dest);
  const intoFolder = dest.endsWith('/') || sources.length > 1;
  for (const src of sources) {
    const path = source ? join(source.root, posix.resolve(source.workdir, src)) : join(context, src);
    if (!existsSync(path)) throw new Error(`${where}: COPY ${src}: not in the ${source ? `stage ${from}` : 'build context'} (.dockerignore?)`);
    // A folder's contents are copied (not the folder itself), as Docker does.
    const to = statSync(path).isDirectory() || !intoFolder ? target : join(target, basename(src));
    mkdirSync(statSync(path).isDirectory() ? to : join(to, '..'), { recursive: true });
    cpSync(path, to, { recursive: true });
  }
}

function run(command: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number, where: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      reject(new Error(`${where}: RUN ${command} ended with ${signal ?? code}\n${output.join('').slice(-4000)}`));
    });
  });
}
