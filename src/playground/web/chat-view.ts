/**
 * The chat pane: talk to the draft as an employee would, on Telegram or in Slack (each turn is
 * kept in both renderings, so the switch redraws the whole conversation), with buttons, a photo
 * upload for captures, and each ticket draft shown as the service desk receives it.
 */
import type { ChatReply, ChatRequest, TicketView } from '../protocol.js';
import * as api from './api.js';
import { byId, el } from './dom.js';
import { slackTurn } from './slack-view.js';
import { telegramTurn } from './telegram-view.js';

type Entry =
  | { kind: 'user'; text: string; image?: string }
  | { kind: 'bot'; reply: ChatReply }
  | { kind: 'note'; text: string; draft?: boolean };

const COMMANDS = new Set(['start', 'menu', 'help', 'cancel', 'back', 'restart']);

/** The chat pane. */
export class ChatView {
  private readonly transcript = byId('transcript');
  private readonly input = byId<HTMLInputElement>('chat-input');
  private readonly entries: Entry[] = [];
  private style: 'telegram' | 'slack' = 'telegram';
  private locale: 'id' | 'en' = 'id';
  private busy: Promise<unknown> = Promise.resolve();
  private version = '';
  /** The awaited input of the last turn (the photo button stands out when a capture is asked). */
  awaiting = '';

  constructor() {
    byId('chat-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = '';
      this.sendText(text);
    });
    const photo = byId<HTMLInputElement>('chat-photo');
    photo.addEventListener('change', () => {
      const file = photo.files?.[0];
      photo.value = '';
      if (file) this.sendPhoto(file);
    });
    byId('chat-restart').addEventListener('click', () => this.restart());
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-style]')) {
      button.addEventListener('click', () => this.setStyle(button.dataset['style'] as 'telegram' | 'slack'));
    }
    byId<HTMLSelectElement>('chat-locale').addEventListener('change', (e) => { this.locale = (e.target as HTMLSelectElement).value as 'id' | 'en'; });
  }

  /** Starts the conversation over on the current draft. */
  restart(): void {
    this.entries.length = 0;
    this.render();
    this.send({ input: { type: 'command', command: 'start' }, restart: true });
  }

  /** Tells the pane that the draft's graph changed (older buttons now belong to the previous draft). */
  draftChanged(version: string): void {
    if (this.entries.length === 0 || version === this.version) return;
    const text = `The draft changed (version ${version.slice(0, 6)}). Buttons above belong to the previous draft, as they would for a user after a deploy; Restart to begin on this one.`;
    // One note for a run of edits, not one per keystroke pause.
    const last = this.entries.at(-1);
    if (last?.kind === 'note' && last.draft) {
      last.text = text;
      const shown = this.transcript.lastElementChild;
      if (shown) shown.textContent = text;
      return;
    }
    this.push({ kind: 'note', text, draft: true });
  }

  private setStyle(style: 'telegram' | 'slack'): void {
    this.style = style;
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-style]')) button.classList.toggle('active', button.dataset['style'] === style);
    this.render();
  }

  private sendText(text: string): void {
    const command = /^\/([a-z]+)$/.exec(text)?.[1];
    this.push({ kind: 'user', text });
    if (command && COMMANDS.has(command)) this.send({ input: { type: 'command', command: command as 'start' } });
    else this.send({ input: { type: 'text', text } });
  }

  private sendPhoto(file: File): void {
    this.busy = this.busy.then(async () => {
      try {
        const uploaded = await api.upload(file);
        this.push({ kind: 'user', text: uploaded.name, image: uploaded.url });
        await this.turn({ input: { type: 'photo', upload: uploaded.upload } });
      } catch (error) {
        this.note(`Upload failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  private press(channel: 'telegram' | 'slack', data: string, label: string): void {
    this.push({ kind: 'user', text: label });
    this.send({ input: { type: 'press', channel, data } });
  }

  private send(request: Omit<ChatRequest, 'locale'>): void {
    this.busy = this.busy.then(() => this.turn(request)).catch((error: unknown) => this.note(`⚠ ${error instanceof Error ? error.message : String(error)}`));
  }

  private async turn(request: Omit<ChatRequest, 'locale'>): Promise<void> {
    this.transcript.classList.add('waiting');
    try {
      const reply = await api.chat({ ...request, locale: this.locale });
      this.version = reply.graphVersion;
      this.awaiting = reply.awaiting.kind;
      byId('chat-photo-label').classList.toggle('wanted', reply.awaiting.kind === 'photo');
      this.push({ kind: 'bot', reply });
    } finally {
      this.transcript.classList.remove('waiting');
    }
  }

  private note(text: string): void {
    this.push({ kind: 'note', text });
  }

  private push(entry: Entry): void {
    this.entries.push(entry);
    this.transcript.append(this.node(entry));
    this.transcript.scrollTop = this.transcript.scrollHeight;
  }

  private render(): void {
    this.transcript.className = `transcript ${this.style}`;
    this.transcript.replaceChildren(...this.entries.map((e) => this.node(e)));
    this.transcript.scrollTop = this.transcript.scrollHeight;
  }

  private node(entry: Entry): HTMLElement {
    if (entry.kind === 'note') return el('div', { class: 'note', text: entry.text });
    if (entry.kind === 'user') {
      const bubble = el('div', { class: 'bubble user-bubble' }, entry.image ? el('img', { src: entry.image, alt: entry.text }) : null, el('span', { text: entry.text }));
      return el('div', { class: 'turn user' }, bubble);
    }
    const press = (data: string, label: string): void => this.press(this.style, data, label);
    const turn = this.style === 'telegram' ? telegramTurn(entry.reply, press) : slackTurn(entry.reply, press);
    for (const ticket of entry.reply.tickets) turn.append(ticketCard(ticket));
    return turn;
  }
}

/** A ticket draft as the helpdesk sees it (the service-desk text of layanan 15.1). */
function ticketCard(ticket: TicketView): HTMLElement {
  return el('details', { class: 'ticket-card', open: '' },
    el('summary', {}, el('b', { text: 'What the helpdesk sees' }), ` · ticket ${ticket.id.slice(0, 8)} · ${ticket.status}`),
    el('pre', { class: 'ticket-text', text: ticket.text }));
}
