// Main's own route into the core for tray and notification commands: the dispatcher the page's
// requests go through, so input is checked and errors come back as Results the same way.
import type { Core } from '../../app/core';
import { createDispatcher } from '../../app/ipc/dispatch';
import type { Logger } from '../../app/ports/logger';
import type { CoreRequest } from './app-command';

export function createCoreRequest(core: Core, logger: Logger): CoreRequest {
  const dispatch = createDispatcher(core.handlers, (channel, error) => logger.error('A command failed unexpectedly', { channel, error }));
  return (channel, input) => dispatch(channel, input, { senderId: 'main' });
}
