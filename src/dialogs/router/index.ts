/** The topic router: a free-text question → one of the graph's topic ids, with a confidence. */
export { createRouter, type Router, type RouteResult, type RouterOptions } from './router.js';
export { canonicalWords, stemWord } from './normalizer.js';
export { OUT_OF_SCOPE_EXAMPLES } from './out-of-scope.js';
