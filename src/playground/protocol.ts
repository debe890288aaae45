/**
 * What the playground's page and server say to each other: the WebSocket messages of the
 * language channel (edits, diagnostics, completion, definition, graph pictures) and the JSON of
 * the HTTP API (chat turns, uploads, save). Plain shapes only, so the web client can import the
 * types without pulling in any server code.
 */

/** A diagnostic of `kb check`, 1-based like its `file:line:col` lines; `file` is a flow file name. */
export type WireDiagnostic = {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
};

/** A flow file of the workspace as the page first sees it. */
export type WireFile = { name: string; text: string };

/** Where a step is defined, for jumping from the graph to the editor. */
export type StepPlace = { file: string; line: number };

/** Messages from the page to the server over the WebSocket. */
export type ClientMessage =
  /** A draft's whole new text (flow files are small; whole texts keep both sides simple). */
  | { type: 'change'; file: string; text: string }
  | { type: 'complete'; id: number; file: string; offset: number }
  | { type: 'definition'; id: number; file: string; offset: number }
  /** Draw the current graph: one topic, or the whole guide when `topic` is absent. */
  | { type: 'render'; id: number; topic?: string };

/** A completion offered at a position. */
export type WireCompletion = { label: string; kind: string; detail?: string };

/** Where a definition is. */
export type WireLocation = { file: string; from: number; to: number };

/** Messages from the server to the page over the WebSocket. */
export type ServerMessage =
  /** First message: the session id for the HTTP API, the files, the grammar's keywords. */
  | { type: 'hello'; session: string; files: WireFile[]; keywords: string[]; flowsDir: string }
  /**
   * The result of checking the drafts as they were at `revision` (one per change received):
   * every diagnostic, and when there is no error the new graph's version, topics and step places.
   */
  | {
      type: 'analysis';
      revision: number;
      ms: number;
      diagnostics: WireDiagnostic[];
      graph?: { version: string; topics: { id: string; title: string }[]; steps: Record<string, StepPlace> };
    }
  | { type: 'reply'; id: number; result: unknown; error?: string };

/** The reply to `complete`: options replacing the text from `from` (an offset) to the cursor. */
export type CompletionReply = { from: number; options: WireCompletion[] } | null;

/** The reply to `render`. */
export type RenderReply = { version: string; topic?: string; svg: string };

/** A Telegram inline keyboard key as the adapter renders it. */
export type TelegramKey = { text: string; callback_data?: string; url?: string };

/** One Telegram message as the adapter would send it (HTML parse mode). */
export type TelegramBubble = { html: string; keyboard?: TelegramKey[][] };

/** One Slack message as the adapter would post it: Block Kit blocks (kept as JSON) and fallback text. */
export type SlackBubble = { text: string; blocks: unknown[] };

/** A ticket draft as the helpdesk sees it. */
export type TicketView = { id: string; status: string; text: string };

/** What the page sends to `POST /api/chat`. */
export type ChatRequest = {
  input:
    | { type: 'text'; text: string }
    | { type: 'command'; command: 'start' | 'menu' | 'help' | 'cancel' | 'back' | 'restart' }
    /** A pressed button: the Telegram callback data or the Slack button value. */
    | { type: 'press'; channel: 'telegram' | 'slack'; data: string }
    | { type: 'photo'; upload: string };
  /** The user's language hint (Telegram `language_code`, Slack locale). */
  locale?: 'id' | 'en';
  /** Start a new conversation (Restart) before this input. */
  restart?: boolean;
};

/** What `POST /api/chat` answers: the turn rendered for both channels. */
export type ChatReply = {
  graphVersion: string;
  telegram: TelegramBubble[];
  slack: SlackBubble[];
  tickets: TicketView[];
  awaiting: { kind: string; slot?: string };
};

/** What `POST /api/upload` answers. */
export type UploadReply = { upload: string; name: string; mime: string; url: string };

/** One changed file in a save preview. */
export type FileChange = { file: string; patch: string; added: number; removed: number };

/** What `POST /api/save/preview` and `POST /api/save` answer. */
export type SaveReply =
  | { ok: true; changes: FileChange[]; token: string; saved?: string[] }
  | { ok: false; reason: string; diagnostics: WireDiagnostic[] };
