// The user's marks on the portal list (favourites, recent roles, aliases, colours, default
// regions). Main keeps them in settings; pages read them whole and change them one at a time.
import { z } from 'zod';
import { AccountIdSchema } from '../../model/portal';
import { AccountPreferencesSchema, PreferencesSchema, RoleKeySchema } from '../../model/preferences-schema';
import { defineEvents, defineRequests } from '../define';

export const preferenceRequests = defineRequests({
  'preferences:get': { input: z.void(), output: PreferencesSchema },
  /** Pins or unpins an account/role pair. */
  'preferences:set-favourite': { input: RoleKeySchema.extend({ favourite: z.boolean() }), output: z.void() },
  /** Sets (or, with a field absent, clears) an account's alias, colour and default region. */
  'preferences:set-account': {
    input: z.object({ instanceId: z.string().min(1).max(64), accountId: AccountIdSchema, preferences: AccountPreferencesSchema }),
    output: z.void(),
  },
});

export const preferenceEvents = defineEvents({
  'preferences-changed': PreferencesSchema,
});
