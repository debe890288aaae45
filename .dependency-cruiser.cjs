/**
 * The layering of src/, checked by `npm test` (`npm run check:deps`): no import cycle (type
 * imports included), imports point inward only (bots → adapters/cli → dialogs ← kb), and the
 * channel-neutral core imports no channel SDK. Inside src/dialogs the folders form a DAG too.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import cycle (type-only imports count too).',
      from: {}, to: { circular: true } },
    { name: 'dialogs-no-sdk', severity: 'error', comment: 'src/dialogs is channel-neutral: no grammY, Bolt or Slack SDK.',
      from: { path: '^src/dialogs' }, to: { path: 'node_modules/(grammy|@grammyjs|@slack)/' } },
    { name: 'dialogs-inward', severity: 'error', comment: 'src/dialogs imports nothing from the layers above it (nor kb).',
      from: { path: '^src/dialogs' }, to: { path: '^src/(adapters|bots|cli|kb|bench|playground)/' } },
    { name: 'dialogs-public-surface', severity: 'error',
      comment: "Outside src/dialogs, a folder of the core is used through its index.ts (its hand-picked surface).",
      from: { path: '^src/', pathNot: '^src/dialogs/' },
      to: { path: '^src/dialogs/[^/]+/', pathNot: '^src/dialogs/[^/]+/index\\.ts$' } },
    { name: 'kb-inward', severity: 'error', comment: 'src/kb compiles flows to the dialogs graph; it never reaches up.',
      from: { path: '^src/kb' }, to: { path: '^src/(adapters|bots|cli|bench)/' } },
    { name: 'adapters-inward', severity: 'error', comment: 'Adapters sit below the composition root and the command line.',
      from: { path: '^src/adapters' }, to: { path: '^src/(bots|cli|bench|kb)/' } },
    { name: 'adapters-apart', severity: 'error', comment: 'One channel never imports another channel (src/adapters/shared is for all of them).',
      from: { path: '^src/adapters/([^/]+)/' }, to: { path: '^src/adapters/([^/]+)/', pathNot: '^src/adapters/($1|shared)/' } },
    { name: 'adapters-shared-low', severity: 'error', comment: 'The adapters\' shared state knows no channel.',
      from: { path: '^src/adapters/shared/' }, to: { path: '^src/adapters/(telegram|slack|terminal|jsonl)/' } },
    { name: 'cli-parses-only', severity: 'error', comment: 'The command line parses and starts things; it is not composed by bots.',
      from: { path: '^src/cli' }, to: { path: '^src/(bots|bench)/' } },
    { name: 'ops-bottom', severity: 'error', comment: 'src/ops (logger, metrics) is used by every layer, so it imports none.',
      from: { path: '^src/ops' }, to: { path: '^src/(adapters|bots|cli|dialogs|kb|bench|playground)/' } },
    // Inside the core, bottom up: model files (graph, messages, turn, phrases); input; router;
    // validators (they share the router's normaliser); tickets; engine; state; helpdesk; then
    // runtime and the index.
    { name: 'core-input-low', severity: 'error', from: { path: '^src/dialogs/input/' },
      to: { path: '^src/dialogs/(engine|router|tickets|helpdesk|state|validators)/' } },
    { name: 'core-router-low', severity: 'error', from: { path: '^src/dialogs/router/' },
      to: { path: '^src/dialogs/(engine|tickets|helpdesk|state|validators)/' } },
    { name: 'core-validators-low', severity: 'error', from: { path: '^src/dialogs/validators/' },
      to: { path: '^src/dialogs/(engine|tickets|helpdesk|state)/' } },
    { name: 'core-tickets-below-engine', severity: 'error', from: { path: '^src/dialogs/tickets/' },
      to: { path: '^src/dialogs/(engine|helpdesk|state)/' } },
    { name: 'core-engine-below-state', severity: 'error', from: { path: '^src/dialogs/engine/' },
      to: { path: '^src/dialogs/(helpdesk|state)/' } },
    { name: 'core-state-below-helpdesk', severity: 'error', from: { path: '^src/dialogs/state/' },
      to: { path: '^src/dialogs/helpdesk/' } },
    { name: 'core-model-top', severity: 'error', comment: 'The model files (graph, messages, turn, phrases) import only each other and the ticket draft model.',
      from: { path: '^src/dialogs/(graph|messages|turn|phrases)\\.ts$' },
      to: { path: '^src/dialogs/[^/]+/', pathNot: '^src/dialogs/tickets/draft\\.ts$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/kb/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
