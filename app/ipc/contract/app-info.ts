import { z } from 'zod';
import { defineEvents, defineRequests } from '../define';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Which transport carries the contract: the Electron app or the dev web host. */
  runtime: z.enum(['electron', 'web-host', 'cli']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appInfoRequests = defineRequests({
  'app:get-info': { input: z.void(), output: AppInfo },
});

export const appInfoEvents = defineEvents({});
