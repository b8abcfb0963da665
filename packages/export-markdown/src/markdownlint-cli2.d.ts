// markdownlint-cli2 ships JavaScript with JSDoc types but no declaration files; this declares the
// one entry the tests use (`main`), with only the parameters they pass.
declare module 'markdownlint-cli2' {
  /** Parameters of `main` (its JSDoc `Parameters` typedef in markdownlint-cli2.mjs). */
  export interface Parameters {
    /** Folder the globs and `--config` are resolved from. */
    directory?: string;
    /** Command-line arguments: globs and options such as `--config <file>`. */
    argv?: string[];
    /** Receives progress and banner lines. */
    logMessage?: (message: string) => void;
    /** Receives each problem found, one formatted line each. */
    logError?: (message: string) => void;
  }
  /** Lints like the command line; resolves to the exit code (0 when no problem was found). */
  export function main(parameters: Parameters): Promise<number>;
}
