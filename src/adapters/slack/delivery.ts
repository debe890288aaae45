/**
 * Posting a turn's outputs to its place. In a DM everything is an ordinary message; in a channel
 * thread outputs marked personal (NIP, NIK, e-mail) and ticket cards go as ephemeral messages
 * that only the user sees, so personal data never lands in a shared channel.
 */
import type { WebClient } from '@slack/web-api';
import type { Outbound } from '../../dialogs/messages.js';
import { renderOutputs, type RenderOptions, type SlackMessage } from './render/blocks.js';
import type { Place } from './places.js';

const isPrivate = (output: Outbound): boolean => output.type === 'ticket' || output.personal;

/** Posts `outputs` in order; rate limits are absorbed by the client's retry settings. */
export async function deliver(client: WebClient, place: Place, outputs: Outbound[], options: RenderOptions): Promise<void> {
  const runs = place.shared ? runsByPrivacy(outputs) : [{ private: false, outputs }];
  for (const [index, run] of runs.entries()) {
    // The footer (a hint under the answer) belongs to the very last message only.
    const { footer, ...rest } = options;
    const runOptions = index === runs.length - 1 && footer ? { ...rest, footer } : rest;
    for (const message of renderOutputs(run.outputs, runOptions)) {
      if (run.private) await postEphemeral(client, place, message);
      else await post(client, place, message);
    }
  }
}

/** Posts one rendered message in the place (in its thread when it has one). */
export async function post(client: WebClient, place: Place, message: SlackMessage): Promise<void> {
  await client.chat.postMessage({
    channel: place.channel,
    ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}

async function postEphemeral(client: WebClient, place: Place, message: SlackMessage): Promise<void> {
  await client.chat.postEphemeral({
    channel: place.channel,
    user: place.user,
    ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
  });
}

/** Consecutive outputs grouped by privacy, order kept. */
function runsByPrivacy(outputs: Outbound[]): { private: boolean; outputs: Outbound[] }[] {
  const runs: { private: boolean; outputs: Outbound[] }[] = [];
  for (const output of outputs) {
    const last = runs.at(-1);
    if (last && last.private === isPrivate(output)) last.outputs.push(output);
    else runs.push({ private: isPrivate(output), outputs: [output] });
  }
  return runs;
}
