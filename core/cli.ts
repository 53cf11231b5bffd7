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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
