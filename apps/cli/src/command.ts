import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-error.js';

/** One `profiles` subcommand: its help text, its options and what it does. */
export interface Command {
  name: string;
  /** One line for `profiles --help`. */
  summary: string;
  /** The whole `profiles <name> --help` text. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. Throws ProfileError for bad input, UsageError for bad arguments. */
  run(values: Record<string, string | boolean | string[] | boolean[] | undefined>, positionals: string[]): Promise<number>;
}

/** Parses a subcommand's arguments strictly, turning node's parse errors into usage errors. */
export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}
