/**
 * One browser tab's session: its drafts of the flow files, the latest check of them, its
 * conversation with the draft, and what it last read from disk (to show the diff and to refuse
 * overwriting a file someone changed on disk meanwhile).
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Graph } from '../dialogs/index.js';
import { analyseDrafts, type DraftAnalysis } from './draft-analysis.js';
import { DraftChat } from './draft-chat.js';
import type { FlowFolder } from './flow-folder.js';
import type { DraftLanguageService } from './language-service.js';
import type { CaptureUploads } from './uploads.js';

/** What a tab needs from the server. */
export type TabContext = { folder: FlowFolder; language: DraftLanguageService; uploads: CaptureUploads; logger: Logger };

/** An analysis and the revision (count of changes received) it covers. */
export type TabAnalysis = DraftAnalysis & { revision: number };

/** A tab's session. */
export class PlaygroundTab {
  /** Unguessable: it is the tab's key to the HTTP API (see request-guard.ts). */
  readonly id = randomBytes(18).toString('base64url');
  readonly chat: DraftChat;
  /** File name → the text being edited. */
  readonly drafts = new Map<string, string>();
  /** File name → the text on disk when it was read (at open, or when this tab saved it). */
  readonly base = new Map<string, string>();
  private revision = 0;
  private running = false;
  private again = false;
  private lastGood: Graph | undefined;

  constructor(
    private readonly context: TabContext,
    texts: ReadonlyMap<string, string>,
    private readonly onAnalysis: (analysis: TabAnalysis) => void,
  ) {
    for (const [name, text] of texts) {
      this.drafts.set(name, text);
      this.base.set(name, text);
    }
    this.chat = new DraftChat(this.id, context.uploads, context.logger);
  }

  /** The latest error-free graph of the drafts (the shipped guide's until an edit breaks it). */
  get graph(): Graph | undefined {
    return this.lastGood;
  }

  /** Takes a draft's new text and checks the drafts again (at most one check runs at a time). */
  change(file: string, text: string): void {
    this.context.folder.pathOf(file); // throws for a name that is not one of the folder's files
    this.drafts.set(file, text);
    this.revision++;
    this.check();
  }

  /** Checks the drafts now and reports it. */
  check(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.loop();
  }

  /** The drafts as they are now and the texts read from disk, for saving (see draft-save.ts). */
  saveInput(): { drafts: ReadonlyMap<string, string>; base: Map<string, string> } {
    return { drafts: new Map(this.drafts), base: this.base };
  }

  /** Releases the tab's language documents and conversations. */
  async close(): Promise<void> {
    await this.context.language.close(this.id);
    await this.chat.close();
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        const revision = this.revision;
        try {
          const analysis = await analyseDrafts(this.context.folder, new Map(this.drafts));
          if (analysis.graph) this.lastGood = analysis.graph;
          this.onAnalysis({ ...analysis, revision });
        } catch (error) {
          this.context.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'playground: checking the drafts failed');
        }
      } while (this.again);
    } finally {
      this.running = false;
    }
  }
}
