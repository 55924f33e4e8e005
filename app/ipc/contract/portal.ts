// The access portal's list of accounts and permission sets, per instance. Nothing here carries a
// credential: role credentials stay in main, and the page asks main to *do* things with them
// (copy, open a console, write a file) through channels added by those features.
import { z } from 'zod';
import { PortalChangeSchema, PortalDiffSchema, PortalProgressSchema, PortalSnapshotSchema } from '../../model/portal';
import { defineEvents, defineRequests } from '../define';
import { InstanceRefSchema } from './instances';

export const portalRequests = defineRequests({
  /** The list as the app has it now (from the cache at start, then live). */
  'portal:get-snapshot': { input: InstanceRefSchema, output: PortalSnapshotSchema },
  /**
   * Every instance's list, in the instances' order: what the window reads as it opens, alongside
   * instances:list, instead of waiting for that answer to ask per instance.
   */
  'portal:get-snapshots': { input: z.void(), output: z.array(PortalSnapshotSchema) },
  /** Starts a refresh (cheap when a list exists) and returns at once; progress arrives as events. */
  'portal:refresh': { input: InstanceRefSchema, output: z.void() },
});

export const portalEvents = defineEvents({
  'portal-changed': z.object({ instanceId: z.string(), changes: z.array(PortalChangeSchema) }),
  'portal-progress-changed': PortalProgressSchema,
  /** After a refresh: what is new or gone since the list before it. */
  'portal-refreshed': z.object({ instanceId: z.string(), diff: PortalDiffSchema }),
});
