// Turns the handler table into one function both transports call (Electron's ipcMain in main/ipc,
// the WebSocket in the dev web host): unknown channel and input in, a Result out.
import { AppError, fail, ok, type Result } from './result';
import { isRequestChannel, requests, type ParsedInput, type RequestChannel, type RequestOutput } from './contract';

/** Who sent a request; handlers rarely need it, but it is there for audit and for window actions. */
export interface RequestContext {
  readonly senderId: string;
}

export type Handler<C extends RequestChannel> = (
  input: ParsedInput<C>,
  context: RequestContext,
) => Promise<RequestOutput<C>> | RequestOutput<C>;

/** One handler per channel; a missing one is a compile error. */
export type HandlerTable = { readonly [C in RequestChannel]: Handler<C> };

export type Dispatch = (channel: unknown, input: unknown, context: RequestContext) => Promise<Result<unknown>>;

/** Reports errors that are not AppErrors (bugs); the message must already be safe to log. */
export type InternalErrorReporter = (channel: string, error: unknown) => void;

export function createDispatcher(handlers: HandlerTable, reportInternalError: InternalErrorReporter): Dispatch {
  return async (channel, input, context) => {
    if (!isRequestChannel(channel)) {
      return fail('unknown-channel', `Unknown request channel: ${String(channel).slice(0, 80)}`);
    }
    const spec = requests[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return fail('invalid-input', describeIssues(parsed.error.issues));
    }
    try {
      const handler = handlers[channel] as (input: unknown, context: RequestContext) => unknown;
      const value = await handler(parsed.data, context);
      // Parsing the output strips keys the contract does not name, so an internal field (say, a
      // token on a session object) cannot leak to the page by accident.
      return ok(spec.output.parse(value));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      reportInternalError(channel, error);
      return fail('internal', 'Something went wrong inside the app. The details are in the log.');
    }
  };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
