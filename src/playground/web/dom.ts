/** Tiny DOM helpers for the page (no framework: the page is small and must load offline). */

/** Creates an element with attributes/properties and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** An element that must be on the page. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

const ALLOWED: Record<string, string[]> = { B: [], STRONG: [], I: [], EM: [], U: [], S: [], CODE: [], PRE: [], A: ['href'], BR: [] };

/**
 * Parses bot HTML (Telegram's parse-mode subset, or what the Slack view makes of mrkdwn) into
 * nodes, keeping only the tags those platforms show and https links: whatever a flow or a user
 * typed can never run in the page.
 */
export function safeHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: Node): void => {
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element && ALLOWED[child.tagName]) {
        const clean = document.createElement(child.tagName.toLowerCase());
        const href = child.getAttribute('href');
        if (child.tagName === 'A' && href && /^https:\/\//.test(href)) {
          clean.setAttribute('href', href);
          clean.setAttribute('target', '_blank');
          clean.setAttribute('rel', 'noopener noreferrer');
        }
        copy(child, clean);
        to.appendChild(clean);
      } else if (child instanceof Element) copy(child, to);
    }
  };
  copy(template.content, out);
  return out;
}
