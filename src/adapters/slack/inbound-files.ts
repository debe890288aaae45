/**
 * Files a user shares in the conversation (screenshots the flow asks for) → inbound `photo`
 * (image/*) or `document`, keeping Slack's file id and permalink. Events sometimes carry only a
 * stub (`file_access: "check_file_info"`), then `files.info` fills in the details.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { FileRef, Inbound } from '../../dialogs/messages.js';
import { errorSummary } from './user-profiles.js';

/** The part of a Slack file object the adapter reads. */
export interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  mimetype?: string;
  size?: number;
  permalink?: string;
  file_access?: string;
}

/** One inbound per file, in the order the user shared them. */
export async function filesToInbound(files: SlackFile[], client: WebClient, logger: Logger): Promise<Inbound[]> {
  const inbound: Inbound[] = [];
  for (const stub of files) {
    if (!stub?.id) continue;
    const file = needsLookup(stub) ? await lookup(stub, client, logger) : stub;
    const ref: FileRef = {
      ref: file.id,
      ...(file.name || file.title ? { name: file.name ?? file.title } : {}),
      ...(file.mimetype ? { mime: file.mimetype } : {}),
      ...(typeof file.size === 'number' && file.size >= 0 ? { size: Math.floor(file.size) } : {}),
      ...(file.permalink ? { permalink: file.permalink } : {}),
    };
    inbound.push(file.mimetype?.startsWith('image/') ? { type: 'photo', file: ref } : { type: 'document', file: ref });
  }
  return inbound;
}

function needsLookup(file: SlackFile): boolean {
  return file.file_access === 'check_file_info' || !file.mimetype || !file.permalink;
}

async function lookup(stub: SlackFile, client: WebClient, logger: Logger): Promise<SlackFile> {
  try {
    const result = await client.files.info({ file: stub.id });
    const file = result.file as SlackFile | undefined;
    return file?.id ? { ...stub, ...file } : stub;
  } catch (error) {
    // Without details the file still counts as a document; the engine explains what it needs.
    logger.warn({ err: errorSummary(error), file: stub.id }, 'slack files.info failed');
    return stub;
  }
}
