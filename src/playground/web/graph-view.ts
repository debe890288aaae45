/**
 * The graph pane: the draft's conversation graph as Graphviz draws it (`kb graph`), a topic at a
 * time or the whole guide, redrawn after each error-free check. Clicking a step jumps to its
 * line in the editor; clicking a step of another topic also switches to that topic.
 */
import type { RenderReply, StepPlace } from '../protocol.js';
import { byId, el } from './dom.js';

/** What the pane needs. */
export type GraphServer = { render(topic?: string): Promise<RenderReply | null> };

const WHOLE = '*';

/** The graph pane. */
export class GraphView {
  private readonly box = byId('graph');
  private readonly select = byId<HTMLSelectElement>('graph-topic');
  private readonly status = byId('graph-status');
  private steps: Record<string, StepPlace> = {};
  private version = '';
  private scale = 1;
  private drawing = 0;
  /** The version and topic of the picture shown (tests read it from the page). */
  shown = '';

  constructor(private readonly server: GraphServer, private readonly jump: (place: StepPlace) => void) {
    this.select.addEventListener('change', () => void this.draw());
    byId('graph-zoom-in').addEventListener('click', () => this.zoom(1.25));
    byId('graph-zoom-out').addEventListener('click', () => this.zoom(0.8));
    byId('graph-zoom-fit').addEventListener('click', () => this.fit());
    this.box.addEventListener('click', (event) => {
      const node = (event.target as Element).closest('g.node');
      const id = node?.querySelector('title')?.textContent ?? '';
      const place = this.steps[id];
      if (!place) return;
      const topic = id.slice(0, id.indexOf('.'));
      if (this.select.value !== WHOLE && topic !== this.select.value) this.show(topic);
      this.jump(place);
    });
  }

  /** The topic shown, or undefined for the whole guide. */
  get topic(): string | undefined {
    return this.select.value === WHOLE ? undefined : this.select.value;
  }

  /** A new error-free graph: update the topic list and redraw. */
  update(graph: { version: string; topics: { id: string; title: string }[]; steps: Record<string, StepPlace> }, preferred?: string): void {
    this.steps = graph.steps;
    const chosen = preferred || this.select.value;
    const options = [el('option', { value: WHOLE, text: 'Whole guide' }), ...graph.topics.map((t) => el('option', { value: t.id, text: `${t.id}: ${t.title}` }))];
    this.select.replaceChildren(...options);
    this.select.value = chosen && [...this.select.options].some((o) => o.value === chosen) ? chosen : (graph.topics[0]?.id ?? WHOLE);
    if (graph.version !== this.version) {
      this.version = graph.version;
      void this.draw();
    }
    this.stale(false);
  }

  /** Marks the picture as that of the last error-free draft (the current one has errors). */
  stale(yes: boolean): void {
    this.box.classList.toggle('stale', yes);
    this.status.textContent = yes ? 'drafts have errors: showing the last error-free graph' : `version ${this.version.slice(0, 6)}`;
  }

  /** Shows one topic (the editor asks for the topic of the file it opens). */
  show(topic: string): void {
    if (this.select.value === topic || ![...this.select.options].some((o) => o.value === topic)) return;
    this.select.value = topic;
    void this.draw();
  }

  private async draw(): Promise<void> {
    const ticket = ++this.drawing;
    const reply = await this.server.render(this.topic);
    if (!reply || ticket !== this.drawing) return;
    const svg = new DOMParser().parseFromString(reply.svg, 'image/svg+xml').documentElement;
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    this.box.replaceChildren(document.importNode(svg, true));
    this.shown = `${reply.version}|${reply.topic ?? WHOLE}`;
    this.box.dataset['shown'] = this.shown;
    this.fit();
  }

  private fit(): void {
    const svg = this.box.querySelector('svg');
    const box = svg?.viewBox.baseVal;
    if (!svg || !box || box.width === 0) return;
    // The whole picture when it stays readable; otherwise the full width, scrolled down.
    const whole = Math.min(this.box.clientWidth / box.width, this.box.clientHeight / box.height);
    this.scale = Math.min(1.5, Math.max(whole, Math.min(0.55, this.box.clientWidth / box.width), 0.2));
    this.applyScale(svg, box);
  }

  private zoom(factor: number): void {
    const svg = this.box.querySelector('svg');
    const box = svg?.viewBox.baseVal;
    if (!svg || !box) return;
    this.scale = Math.min(4, Math.max(0.1, this.scale * factor));
    this.applyScale(svg, box);
  }

  private applyScale(svg: SVGSVGElement, box: DOMRect): void {
    svg.style.width = `${box.width * this.scale}px`;
    svg.style.height = `${box.height * this.scale}px`;
  }
}
