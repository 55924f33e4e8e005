import type { z } from 'zod';

/** One request channel: what the renderer sends and what main answers (inside a Result). */
export interface RequestSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

/** Typed identity helpers: they keep the literal channel names while checking the shape. */
export function defineRequests<const T extends Record<string, RequestSpec>>(requests: T): T {
  return requests;
}

export function defineEvents<const T extends Record<string, z.ZodType>>(events: T): T {
  return events;
}
