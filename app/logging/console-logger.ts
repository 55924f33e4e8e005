// A Logger for processes whose stdout is the log: Electron main (until a file logger exists) and
// the dev web host. It writes lines as given: redaction happens once, in createCore, so hosts log through core.logger.
import type { Logger } from '../ports/logger';

export interface LogSink {
  log(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

type Level = 'info' | 'warn' | 'error';

export function createConsoleLogger(scope: string, sink: LogSink = console): Logger {
  const write = (level: Level) => (message: string, details?: Record<string, unknown>) => {
    const suffix = details && Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : '';
    const line = `${new Date().toISOString()} ${level.toUpperCase()} [${scope}] ${message}${suffix}`;
    if (level === 'info') sink.log(line);
    else sink[level](line);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
