/**
 * Writing drafts back to the flow folder, only when the whole workspace checks clean.
 *
 * First a preview: the drafts are checked afresh (never a cached result) and, when there is no
 * error, each changed file's unified diff is shown with a token naming exactly those texts. The
 * write then needs that token, checks again, and refuses when a file changed on disk since the
 * tab read it. A file with errors is never written: with any error in the workspace nothing is.
 */
import { createHash } from 'node:crypto';
import { createTwoFilesPatch, structuredPatch } from 'diff';
import { analyseDrafts } from './draft-analysis.js';
import type { FileChange, SaveReply, WireDiagnostic } from './protocol.js';
import type { FlowFolder } from './flow-folder.js';

/** What saving works on: a snapshot of a tab's drafts and the texts it read from disk. */
export type SaveInput = { drafts: ReadonlyMap<string, string>; base: Map<string, string> };

/** The changed drafts of a tab, in file order. */
function changedFiles(tab: SaveInput, folder: FlowFolder): string[] {
  return folder.names.filter((n) => tab.drafts.has(n) && tab.drafts.get(n) !== tab.base.get(n));
}

/** A token for exactly these texts of these files. */
function tokenOf(tab: SaveInput, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f}\0${tab.drafts.get(f) ?? ''}\0`);
  return hash.digest('base64url').slice(0, 22);
}

function change(tab: SaveInput, file: string): FileChange {
  const before = tab.base.get(file) ?? '';
  const after = tab.drafts.get(file) ?? '';
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  let added = 0;
  let removed = 0;
  for (const hunk of structuredPatch(file, file, before, after).hunks) {
    for (const line of hunk.lines) {
      if (line.startsWith('+')) added++;
      else if (line.startsWith('-')) removed++;
    }
  }
  return { file, patch, added, removed };
}

async function refusal(tab: SaveInput, folder: FlowFolder): Promise<{ ok: false; reason: string; diagnostics: WireDiagnostic[] } | undefined> {
  const analysis = await analyseDrafts(folder, tab.drafts);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  const files = [...new Set(errors.map((d) => d.file))].join(', ');
  return { ok: false, reason: `kb check finds ${errors.length} error(s) (in ${files}): nothing is saved until the whole guide is clean`, diagnostics: errors };
}

/** The diff of what saving would write, or why nothing can be saved. */
export async function previewSave(tab: SaveInput, folder: FlowFolder): Promise<SaveReply> {
  const refused = await refusal(tab, folder);
  if (refused) return refused;
  const files = changedFiles(tab, folder);
  return { ok: true, changes: files.map((f) => change(tab, f)), token: tokenOf(tab, files) };
}

/** Writes the previewed drafts, when they are still what was previewed and still clean. */
export async function saveDrafts(tab: SaveInput, folder: FlowFolder, token: string): Promise<SaveReply> {
  const refused = await refusal(tab, folder);
  if (refused) return refused;
  const files = changedFiles(tab, folder);
  if (tokenOf(tab, files) !== token) {
    return { ok: false, reason: 'the drafts changed since the preview: look at the diff again before saving', diagnostics: [] };
  }
  for (const file of files) {
    if ((await folder.read(file)) !== tab.base.get(file)) {
      return { ok: false, reason: `${file} changed on disk since this page read it: reload the page to edit the new version`, diagnostics: [] };
    }
  }
  const changes = files.map((f) => change(tab, f));
  for (const file of files) {
    const text = tab.drafts.get(file)!;
    await folder.write(file, text);
    tab.base.set(file, text);
  }
  return { ok: true, changes, token, saved: files };
}
