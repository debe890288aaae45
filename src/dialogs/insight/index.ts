/**
 * Insight for the guide's maintainers: which questions the router could not place or had to
 * clarify (personal data removed at the source, counted per normalised question), and each
 * topic's funnel, per day and per week, in memory or Redis; read back by `stats`.
 */
export { MASKS, maskPersonalData } from './personal-data.js';
export { questionKey, MAX_QUESTION_CHARS } from './question-text.js';
export { PERIOD_KINDS, RETENTION_MS, periodOf, type PeriodKind } from './periods.js';
export { InsightBatch, MAX_QUESTIONS, type PeriodCounts } from './tally.js';
export type { InsightStore, InsightStoreOptions } from './insight-store.js';
export { createInsightStore } from './create-insight-store.js';
export { createInsightRecorder, MAX_PENDING_FIELDS, type InsightRecorder, type InsightRecorderOptions } from './recorder.js';
export { readInsight, periodInsight, type PeriodInsight, type QuestionCount, type ClarifiedQuestion, type TopicFunnel, type StepCounts } from './report.js';
export { insightText, QUESTIONS_SHOWN } from './report-text.js';
