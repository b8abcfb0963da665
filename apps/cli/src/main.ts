// The `profiles` command: parses the subcommand, runs it, and turns every failure into one line and an exit code.
import { isProfileError } from '@profiles/model';
import { EXIT, UsageError } from './cli-error.js';
import { parseCommandArgs } from './command.js';
import { COMMANDS } from './commands/index.js';
import { BuildProblems } from './pipeline.js';

const HELP = `Usage: profiles <command> [options]

Turns country-profile pages into a validated dataset and compares datasets.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Run 'profiles <command> --help' for a command's options.
Exit codes: 0 ok, 1 invalid input (or, for diff, datasets differ), 2 usage error.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      process.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`profiles: ${error.message}\nRun 'profiles ${command ? `${command.name} ` : ''}--help' for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof BuildProblems) {
      for (const problem of error.problems) process.stderr.write(`profiles: ${problem.message}\n`);
      process.stderr.write(`profiles: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was written\n`);
      return EXIT.invalidInput;
    }
    if (isProfileError(error)) {
      process.stderr.write(`profiles: ${error.message}\n`);
      return EXIT.invalidInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`profiles: internal error: ${message}${process.env.PROFILES_DEBUG ? `\n${(error as Error).stack}` : ' (set PROFILES_DEBUG=1 for details)'}\n`);
    return EXIT.invalidInput;
  }
}
