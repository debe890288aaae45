/**
 * Reads what the employee sent during a ticket collection: an image (photo or image file),
 * another file, a collection button, or words that mean one of the collection's actions.
 */
import type { FileRef, Inbound } from '../messages.js';

/** What an inbound event means to the collection. */
export type CollectionInput =
  | { kind: 'image'; file: FileRef; sentAs: 'photo' | 'document' }
  | { kind: 'not-image'; file: FileRef }
  | { kind: 'action'; action: TicketAction; arg?: string }
  | { kind: 'text'; text: string }
  | { kind: 'other' };

/** Actions behind the collection's buttons (`ticket:<action>[:<arg>]`) and their typed words. */
export type TicketAction = 'skip' | 'send' | 'edit' | 'more' | 'cancel' | 'captures' | 'back' | 'field';

const IMAGE_EXT = /\.(png|jpe?g|gif|webp|bmp|heic|heif|tiff?)$/i;

/** Words that select an action when typed instead of pressed (whole message, any case). */
const TYPED_ACTIONS: Array<[RegExp, TicketAction]> = [
  [/^(lewati|lewat|skip|lompati|tidak ada|nggak ada|ga ada|gak ada)$/i, 'skip'],
  [/^(kirim lagi|tambah|tambah capture|tambah foto|add|add capture|more|send more|lagi)$/i, 'more'],
  [/^(kirim|kirimkan|send|submit|ya|iya|yes|ok|oke|sudah|udah|lanjut)$/i, 'send'],
  [/^(ubah|edit|ganti|koreksi|change)$/i, 'edit'],
];

/** Button id for a collection action. */
export function actionButtonId(action: TicketAction, arg?: string): string {
  return arg ? `ticket:${action}:${arg}` : `ticket:${action}`;
}

/** Whether a file is an image by MIME type or, lacking one, by its name. */
export function isImage(file: FileRef): boolean {
  if (file.mime) return file.mime.toLowerCase().startsWith('image/');
  return IMAGE_EXT.test(file.name ?? file.ref);
}

/** Classifies an inbound event for the collection. */
export function readCollectionInput(input: Inbound): CollectionInput {
  switch (input.type) {
    case 'photo':
      return { kind: 'image', file: input.file, sentAs: 'photo' };
    case 'document':
      return isImage(input.file) ? { kind: 'image', file: input.file, sentAs: 'document' } : { kind: 'not-image', file: input.file };
    case 'button': {
      const m = /^ticket:(skip|send|edit|more|cancel|captures|back|field)(?::(.+))?$/.exec(input.id);
      if (!m) return { kind: 'other' };
      return m[2] ? { kind: 'action', action: m[1] as TicketAction, arg: m[2] } : { kind: 'action', action: m[1] as TicketAction };
    }
    case 'text': {
      const text = input.text.trim();
      return text ? { kind: 'text', text } : { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

/** The action typed words select, if any. */
export function typedAction(text: string): TicketAction | undefined {
  const clean = text.trim().replace(/[.!]+$/, '').replace(/\s+/g, ' ');
  return TYPED_ACTIONS.find(([re]) => re.test(clean))?.[1];
}
