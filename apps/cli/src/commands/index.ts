import type { Command } from '../command.js';
import { build } from './build.js';
import { diff } from './diff.js';
import { release } from './release.js';
import { validate } from './validate.js';

/** Every subcommand, in the order `profiles --help` lists them. */
export const COMMANDS: readonly Command[] = [build, validate, diff, release];
