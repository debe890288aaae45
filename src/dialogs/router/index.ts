/** The topic router: a free-text question → one of the graph's topic ids, with a confidence. */
export { createRouter, type Router, type RouterOptions } from './router.js';
export { decide, type Evidence, type RouteResult, type ScoredTopic } from './decision.js';
export { trainRouterModel, shuffled, graphSamples, graphTrainingHash, uniqueSamples, type LabelledSample } from './train.js';
export type { StoredRouterModel } from './model.js';
export { encodeRouterModel, decodeRouterModel } from './model-codec.js';
export { SHIPPED_MODEL_PATH, loadShippedModel } from './model-file.js';
export { DEFAULT_ROUTER_SETTINGS, type RouterSettings, type DecisionSettings, type TrainingSettings } from './settings.js';
export { canonicalWords, stemWord } from './normalizer.js';
