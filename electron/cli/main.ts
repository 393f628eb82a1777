import { runCli } from './cli';

// Entry point of `npm run cli`. Output goes through write() so piping to a file keeps every byte.
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
});
process.exitCode = code;
