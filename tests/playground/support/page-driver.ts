/** What a maintainer does on the playground page, as playwright steps. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Selects the first `find` in the open file (the editor's search, Ctrl+F) and types `replacement` over it; resolves with the ms from the last keystroke to an error underline, when one appears. */
export async function replaceInEditor(page: Page, find: string, replacement: string, expectError = false): Promise<number | undefined> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const search = page.locator('.cm-search input[name="search"]');
  // The search panel takes its query on key events (fill alone would not commit it).
  await search.fill('');
  await search.pressSequentially(find);
  await search.press('Enter');
  await page.locator('.cm-searchMatch-selected').first().waitFor({ timeout: 5000 });
  await page.keyboard.press('Escape');
  await page.keyboard.type(replacement.slice(0, -1));
  const before = Number((await page.locator('body').getAttribute('data-revision')) ?? 0);
  if (expectError) {
    // Measured in the page: from the last keydown to the moment an error underline is in the editor.
    await page.evaluate(watchUnderline);
    await page.keyboard.type(replacement.slice(-1));
    return page.evaluate(() => (globalThis as unknown as { underlineAfterKey: Promise<number> }).underlineAfterKey);
  }
  await page.keyboard.type(replacement.slice(-1));
  await expect.poll(async () => Number((await page.locator('body').getAttribute('data-revision')) ?? 0), { timeout: 5000 }).toBeGreaterThan(before);
  return undefined;
}

/** Opens a flow file from the file list. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.locator(`#file-list li[data-file="${name}"]`).click();
  await expect.poll(() => page.locator('#editor-file').textContent()).toBe(name);
}

/** Presses the last chat button labelled `label` (Telegram key or Slack button). */
export async function pressButton(page: Page, label: string | RegExp): Promise<void> {
  const before = await page.locator('#transcript .turn.bot').count();
  await page.locator('#transcript').getByRole('button', { name: label }).last().click();
  await expect.poll(() => page.locator('#transcript .turn.bot').count(), { timeout: 10_000 }).toBeGreaterThan(before);
}

/** Types a message in the chat and waits for the answer. */
export async function sayInChat(page: Page, text: string): Promise<void> {
  const before = await page.locator('#transcript .turn.bot').count();
  await page.locator('#chat-input').fill(text);
  await page.locator('#chat-input').press('Enter');
  await expect.poll(() => page.locator('#transcript .turn.bot').count(), { timeout: 10_000 }).toBeGreaterThan(before);
}

/** The text of the bot's last turn. */
export function lastBotText(page: Page): Promise<string> {
  return page.locator('#transcript .turn.bot').last().innerText();
}

/** The edges of the graph shown: `from->to` and their label. */
export function graphEdges(page: Page): Promise<{ title: string; label: string }[]> {
  return page.locator('#graph g.edge').evaluateAll((edges) => edges.map((e) => ({
    title: e.querySelector('title')?.textContent ?? '',
    label: [...e.querySelectorAll('text')].map((t) => t.textContent).join(' '),
  })));
}

/** Runs in the page: `underlineAfterKey` resolves with the ms from the next keydown to an error underline appearing after it. */
function watchUnderline(): void {
  type Doc = { addEventListener(t: string, f: () => void, c: boolean): void; querySelectorAll(s: string): ArrayLike<object>; querySelector(s: string): object | null };
  const g = globalThis as unknown as { document: Doc; underlineAfterKey: Promise<number>; MutationObserver: new (f: () => void) => { observe(n: object, o: object): void; disconnect(): void } };
  const old = new Set(Array.from(g.document.querySelectorAll('.cm-lintRange-error')));
  g.underlineAfterKey = new Promise<number>((resolve, reject) => {
    let pressed = 0;
    g.document.addEventListener('keydown', () => { pressed = performance.now(); }, true);
    const observer = new g.MutationObserver(() => {
      const fresh = Array.from(g.document.querySelectorAll('.cm-lintRange-error')).some((n) => !old.has(n));
      if (pressed && fresh) {
        observer.disconnect();
        resolve(Math.round(performance.now() - pressed));
      }
    });
    observer.observe(g.document.querySelector('.cm-content')!, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => reject(new Error('no underline within 5 s')), 5000);
  });
}
