/**
 * The path a conversation took before reaching a ticket, as the engine records it: each step the
 * user went through with the answer given there. Defined here, with the ticket code that reads
 * it, so the conversation state can embed it without the tickets importing the engine.
 */
import { z } from 'zod';

/** One step the user went through, with the answer given there (button label or typed text). */
export const JourneyEntry = z.object({ step: z.string(), answer: z.string().optional() });
export type JourneyEntry = z.infer<typeof JourneyEntry>;
