/** The flow folder refuses every name that is not one of its own flow files. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FlowFolder, UnknownFlowFileError } from '../../src/playground/flow-folder.js';
import { copyOfShippedFlows } from './support/playground-harness.js';

const dir = copyOfShippedFlows();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FlowFolder', () => {
  const folder = new FlowFolder(dir);

  it('lists the folder\'s flow files', () => {
    expect(folder.names).toContain('login.flow');
    expect(folder.names.every((n) => n.endsWith('.flow'))).toBe(true);
  });

  it.each([
    '../login.flow', '../../package.json', 'login.flow/../menu.flow', '/etc/passwd', '..\\login.flow', 'sub/login.flow',
    'LOGIN.flow', 'login.flow\u0000.txt', 'new-topic.flow', '.login.flow', '', 'login.flow ', '%2e%2e%2flogin.flow',
  ])('refuses %j', (name) => {
    expect(folder.has(name)).toBe(false);
    expect(() => folder.pathOf(name)).toThrow(UnknownFlowFileError);
  });

  it('writes a file atomically, leaving no temporary file behind', async () => {
    await folder.write('login.flow', '// replaced\n');
    expect(readFileSync(join(dir, 'login.flow'), 'utf8')).toBe('// replaced\n');
    expect(new FlowFolder(dir).names).toEqual(folder.names);
    await expect(folder.write('../escape.flow', 'x')).rejects.toThrow(UnknownFlowFileError);
    expect(existsSync(join(dir, '..', 'escape.flow'))).toBe(false);
  });
});
