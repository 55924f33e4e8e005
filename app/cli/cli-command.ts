// One CLI command: its options for node:util parseArgs (the shared ones are added), its help, and
// what it does. Each lives in its own file under commands/.
import type { CliContext } from './cli-context';

export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean }>>;

export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export interface CliCommand {
  /** One word, or two for a group (`config sync`). */
  readonly name: string;
  /** The usage lines and option list for --help. */
  readonly help: string;
  readonly options: OptionSpec;
  run(context: CliContext, values: OptionValues): Promise<void>;
}

/** A string option's value, if given. */
export function text(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
