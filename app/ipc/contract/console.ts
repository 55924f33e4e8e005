// Opening the AWS console for a role. The page asks for a console and hears back what was opened
// (the way, the console page, the window's partition), never the sign-in URL: that URL carries a
// sign-in token, so the core hands it straight to the opener (main's windows or browser).
import { z } from 'zod';
import { ConsoleOpenInSchema, ConsoleSessionSecondsSchema } from '../../model/app-settings';
import { maxConsolePathLength } from '../../model/console-destinations';
import { RoleKeySchema } from '../../model/preferences-schema';
import { defineEvents, defineRequests } from '../define';

/**
 * A destination as the page, the CLI and the settings name it: `home`, a service id from
 * consoleServices, or a console path that starts with `/` (query and fragment allowed).
 */
const ConsoleDestinationSchema = z.string().trim().min(1).max(maxConsolePathLength);

/** How a console opens this once; absent means the settings' `console.openIn`. */
const ConsoleWaySchema = ConsoleOpenInSchema;

export const ConsoleSignInRequestSchema = RoleKeySchema.extend({
  /** `home`, a service id (model/console-destinations.ts) or a console path; default home. */
  destination: ConsoleDestinationSchema.optional(),
  /** The console's region this once; default: the role's, account's or instance's setting. */
  region: z.string().min(1).max(32).optional(),
  /** This once; default: the setting for the role's scope, else the credentials' own end. */
  sessionSeconds: ConsoleSessionSecondsSchema.optional(),
});
export type ConsoleSignInRequest = z.infer<typeof ConsoleSignInRequestSchema>;

export const OpenConsoleRequestSchema = ConsoleSignInRequestSchema.extend({
  /** This once; default: the settings' `console.openIn`. */
  way: ConsoleWaySchema.optional(),
  /** With the browser: log out of the console first; default: the settings' `console.logOutFirst`. */
  logOutFirst: z.boolean().optional(),
});
export type OpenConsoleRequest = z.infer<typeof OpenConsoleRequestSchema>;

export const ConsoleOpenedSchema = z.object({
  way: ConsoleWaySchema,
  /** The console page the sign-in lands on (no token in it). */
  destination: z.string(),
  region: z.string(),
  /** The in-app window's session partition. */
  partition: z.string().optional(),
  /** True when the role's window was already open and was brought forward instead. */
  focused: z.boolean(),
  /** When the console session ends (epoch ms), for the ways that sign in themselves. */
  sessionEndsAt: z.number().optional(),
});
export type ConsoleOpened = z.infer<typeof ConsoleOpenedSchema>;

export const consoleRequests = defineRequests({
  'console:open': { input: OpenConsoleRequestSchema, output: ConsoleOpenedSchema },
});

export const consoleEvents = defineEvents({});
