/**
 * `npm run cli -- <command> [options]`: tools for IT helpers. Every command
 * prints JSON on stdout and exits non-zero on failure.
 */
import { commands } from './cli/commands';

async function main(argv: string[]) {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(16)} ${c.summary}`)
      .join('\n');
    console.error(`用法：npm run cli -- <命令> [选项]\n\n命令：\n${list}`);
    return 2;
  }
  return command.run(args);
}

/** Resolves once everything written so far has left the process: a pipe may still hold megabytes of JSON. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write('', () => resolve());
  });
}

async function exitAfterOutput(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}

main(process.argv.slice(2)).then(
  (code) => exitAfterOutput(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    return exitAfterOutput(1);
  },
);
