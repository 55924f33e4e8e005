// Wraps any Logger so that every message and detail passes through redaction first. createCore
// wraps the logger it is given, so no service can log a token by accident.
import type { Logger } from '../ports/logger';
import { redactText, redactValue } from './redact';

export function createRedactingLogger(inner: Logger): Logger {
  const wrap = (write: Logger['info']): Logger['info'] => (message, details) => {
    write(redactText(message), details === undefined ? undefined : (redactValue(details) as Record<string, unknown>));
  };
  return { info: wrap(inner.info.bind(inner)), warn: wrap(inner.warn.bind(inner)), error: wrap(inner.error.bind(inner)) };
}
