/**
 * Talking to a draft: the real runtime (engine, router, in-memory session store) on the tab's
 * latest error-free graph, with every turn rendered by the channel adapters' own renderers,
 * Telegram (HTML + inline keyboard) and Slack (Block Kit), and ticket drafts as the service desk
 * reads them. Presses come back as the adapters' own callback data / button values and are
 * decoded by the adapters' codecs, so a button from an older draft is stale exactly as it would
 * be for a user after a deploy.
 */
import type { Logger } from 'pino';
import { createRouter, createRuntime, createSessionStore, type Graph, type Inbound, type InboundMeta, type Outbound, type TurnHandler } from '../dialogs/index.js';
import { ticketText } from '../dialogs/tickets/index.js';
import { CallbackCodec } from '../adapters/telegram/callback-data.js';
import { renderOutputs as renderTelegram } from '../adapters/telegram/render.js';
import { renderOutputs as renderSlack } from '../adapters/slack/render/blocks.js';
import { decodeButtonValue } from '../adapters/slack/render/button-value.js';
import { texts as slackTexts } from '../adapters/slack/texts.js';
import type { ChatReply, ChatRequest, TelegramBubble, TicketView } from './protocol.js';
import type { CaptureUploads } from './uploads.js';

/** Thrown for a chat request that cannot be carried out (bad press data, unknown upload). */
export class ChatInputError extends Error {}

type Loaded = { version: string; handle: TurnHandler; codec: CallbackCodec };

/** One tab's conversation with its draft. */
export class DraftChat {
  private readonly store = createSessionStore();
  private loaded: Loaded | undefined;
  private conversation = 1;

  constructor(
    private readonly tab: string,
    private readonly uploads: CaptureUploads,
    private readonly logger: Logger,
  ) {}

  /** Runs one turn on `graph` (the tab's latest error-free draft). */
  async turn(graph: Graph, request: ChatRequest): Promise<ChatReply> {
    const runtime = this.runtimeFor(graph);
    if (request.restart) this.conversation++;
    const locale = request.locale ?? 'id';
    const channel = request.input.type === 'press' ? request.input.channel : 'telegram';
    const meta: InboundMeta = { userId: `playground:${this.tab}`, userName: 'Playground', channel, locale };
    const { input, preface } = await this.inbound(request, runtime, graph, locale);
    const result = await runtime.handle(`playground:${this.tab}:${this.conversation}`, input, meta);
    const outputs: Outbound[] = [...preface, ...result.outputs];
    const footer = result.awaiting.kind === 'photo' ? slackTexts(locale).attachHint : undefined;
    const telegram: TelegramBubble[] = renderTelegram(outputs, runtime.codec, locale).map((m) => ({
      html: m.html,
      ...(m.keyboard ? { keyboard: m.keyboard.inline_keyboard.map((row) => row.map((k) => ({ text: k.text, ...('callback_data' in k ? { callback_data: k.callback_data } : {}), ...('url' in k ? { url: k.url } : {}) }))) } : {}),
    }));
    const slack = renderSlack(outputs, { graphVersion: graph.version, locale, ...(footer ? { footer } : {}) });
    const tickets: TicketView[] = outputs.flatMap((o) =>
      o.type === 'ticket' ? [{ id: o.ticket.id, status: o.ticket.status, text: ticketText(o.ticket, o.ticket.locale) }] : [],
    );
    return { graphVersion: graph.version, telegram, slack: slack.map((m) => ({ text: m.text, blocks: m.blocks })), tickets, awaiting: result.awaiting };
  }

  /** Forgets the conversations. */
  async close(): Promise<void> {
    await this.store.close();
  }

  private runtimeFor(graph: Graph): Loaded {
    if (this.loaded?.version !== graph.version) {
      const handle = createRuntime({ graph, store: this.store, router: createRouter(graph), logger: this.logger });
      this.loaded = { version: graph.version, handle, codec: new CallbackCodec(graph.version) };
    }
    return this.loaded;
  }

  private async inbound(request: ChatRequest, runtime: Loaded, graph: Graph, locale: 'id' | 'en'): Promise<{ input: Inbound; preface: Outbound[] }> {
    const input = request.input;
    switch (input.type) {
      case 'text':
        return { input: { type: 'text', text: input.text }, preface: [] };
      case 'command':
        return { input: { type: 'command', command: input.command }, preface: [] };
      case 'photo': {
        const capture = this.uploads.get(this.tab, input.upload);
        if (!capture) throw new ChatInputError('unknown upload: upload the picture again');
        return { input: { type: 'photo', file: { ref: capture.path, name: capture.name, mime: capture.mime, size: capture.size } }, preface: [] };
      }
      case 'press': {
        if (input.channel === 'telegram') {
          const press = await runtime.codec.decode(input.data);
          if (!press) throw new ChatInputError('not callback data of this bot');
          return { input: { type: 'button', id: press.id, graphVersion: press.graphVersion }, preface: [] };
        }
        // As the Slack adapter does: a stale press gets a note and the menu.
        const press = decodeButtonValue(input.data, graph.version);
        if (press.kind === 'fresh') return { input: { type: 'button', id: press.buttonId, graphVersion: graph.version }, preface: [] };
        const note: Outbound = { type: 'text', text: slackTexts(locale).stale, buttons: [], personal: false };
        return { input: { type: 'command', command: 'menu' }, preface: [note] };
      }
    }
  }
}
