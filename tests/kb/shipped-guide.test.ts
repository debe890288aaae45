/** The guide we ship (src/kb/flows) must compile with zero errors and zero warnings. */
import { describe, expect, it } from 'vitest';
import { compileFlowFiles } from '../../src/kb/compile.js';
import { formatDiagnostic } from '../../src/kb/diagnostics.js';
import { shippedFlowFiles } from '../../src/kb/paths.js';

describe('the shipped guide', () => {
  it('compiles with no error and no warning', async () => {
    const files = shippedFlowFiles();
    expect(files.length).toBeGreaterThan(0);
    const result = await compileFlowFiles(files);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.graph).toBeDefined();
  });
});
