/** Where the command line writes; tests pass their own. */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
};

/** A refusal with a Dutch message; exit code 2 for wrong usage or input, 1 for a store problem. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
