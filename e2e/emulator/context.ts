// What every handler gets: the state, the organisation indexes, the clock and the live settings.
import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import type { Directory } from './directory';
import { OidcError } from './errors';
import type { Settings } from './settings';
import type { EmulatorState } from './state';

export interface Context {
  readonly state: EmulatorState;
  readonly directory: Directory;
  /** Epoch milliseconds; the only source of time for expiry decisions. */
  readonly now: () => number;
  /** 'http://127.0.0.1:PORT', known once the server listens. */
  readonly endpoint: () => string;
  readonly settings: () => Settings;
  readonly log: (message: string) => void;
}

export interface EmulatorRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Parses a restJson1 body with a zod schema; any problem is the service's InvalidRequestException. */
export function parseJsonBody<T extends z.ZodType>(request: EmulatorRequest, schema: T): z.infer<T> {
  let value: unknown;
  try {
    value = request.body.trim() === '' ? {} : JSON.parse(request.body);
  } catch {
    throw new OidcError('InvalidRequestException', 'The request body is not valid JSON');
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw new OidcError('InvalidRequestException', `Invalid request: ${problems.join('; ')}`);
  }
  return result.data;
}

/** Parses an application/x-www-form-urlencoded body (the HTML forms). */
export function parseFormBody(request: EmulatorRequest): URLSearchParams {
  return new URLSearchParams(request.body);
}
