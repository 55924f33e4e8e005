// The request-handler factory main gives the core (app/aws/request-handler.ts): every AWS SDK
// client sends through Electron's network stack, one NetFetchHandler per client, with the
// client's time limits.
import type { RequestHandlerFactory } from '../../app/aws/request-handler';
import { NetFetchHandler, type FetchFunction } from './net-fetch-handler';

export function electronRequestHandlers(fetch: FetchFunction): RequestHandlerFactory {
  return ({ timeouts }) => new NetFetchHandler({ fetch, timeouts });
}
