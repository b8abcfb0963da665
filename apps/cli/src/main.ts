// The `profiles` command: parses the subcommand, runs it, and turns every failure into one line and an exit code.
import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '@profiles/model';
import { describeFailure, EXIT, oneLine, UsageError } from './cli-error.js';
import { parseCommandArgs } from './command.js';
import { COMMANDS } from './commands/index.js';
import { BuildProblems } from './pipeline.js';

const HELP = `Usage: profiles <command> [options]

Turns country-profile pages into a validated dataset and compares datasets.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Options:
  --version   print the version and exit
  -h, --help  show this help

Run 'profiles <command> --help' for a command's options.
Exit codes: 0 ok, 1 invalid input (for diff: the datasets differ), 2 usage error or the command
could not do its work (output folder refused or busy, a filesystem failure, an internal error).`;

/** `profiles 0.1.0 (model schema version 2)`. */
export function versionLine(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return `profiles ${pkg.version} (model schema version ${SCHEMA_VERSION})`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${versionLine()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${oneLine(name)}'`);
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      process.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`profiles: ${oneLine(error.message)}\nRun 'profiles ${command ? `${command.name} ` : ''}--help' for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof BuildProblems) {
      for (const problem of error.problems) process.stderr.write(`profiles: ${oneLine(problem.message)}\n`);
      process.stderr.write(`profiles: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was written\n`);
      return EXIT.invalidInput;
    }
    const { line, exit } = describeFailure(error);
    process.stderr.write(`profiles: ${line}\n`);
    return exit;
  }
}
