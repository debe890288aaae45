/**
 * Files the bot posts (e.g. a ticket summary as a text file) go through Slack's external upload
 * API, never the retired `files.upload`: `files.getUploadURLExternal`, the bytes to the returned
 * URL, then `files.completeUploadExternal` to share it. The Web API client's `filesUploadV2`
 * performs exactly these three steps.
 */
import type { WebClient } from '@slack/web-api';

/** What to upload and where to share it. */
export interface SlackUpload {
  channel: string;
  threadTs?: string;
  filename: string;
  content: Buffer | string;
  title?: string;
  /** Message posted with the file (plain text). */
  comment?: string;
}

/** Uploads one file and shares it in the channel (and thread); returns the Slack file id. */
export async function uploadFile(client: WebClient, upload: SlackUpload): Promise<string | undefined> {
  const destination = upload.threadTs ? { channel_id: upload.channel, thread_ts: upload.threadTs } : { channel_id: upload.channel };
  const result = await client.filesUploadV2({
    ...destination,
    filename: upload.filename,
    file: typeof upload.content === 'string' ? Buffer.from(upload.content, 'utf8') : upload.content,
    ...(upload.title ? { title: upload.title } : {}),
    ...(upload.comment ? { initial_comment: upload.comment } : {}),
  });
  const completions = (result.files ?? []) as { files?: { id?: string }[] }[];
  return completions[0]?.files?.[0]?.id;
}
