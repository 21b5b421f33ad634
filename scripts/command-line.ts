/**
 * Reads a command's options the same way for every `npm run` command. A mistyped option, an option
 * without its value or a word the command does not take is answered in plain words with the
 * command's usage and exit code 2 — never a stack trace, which a clerk typing `npm run validate --
 * --dri content` cannot read. `--help` (or `-h`) prints the usage and exits 0.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What went wrong with the command line, in the words the commands use (Node's own message is English). */
export function explainArgsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  // Node quotes the option with its value's name ("'--dir <value>'"): the option alone.
  const option = /^-{1,2}[\w-]+/.exec(quoted ?? '')?.[0] ?? quoted ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `このコマンドにはないオプションです: ${quoted ?? message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `オプション ${option} のあとに値を書いてください`
        : `オプション ${option} は値をとりません（値を書かずに使います）`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `余分な語があります: ${quoted ?? message}（オプションは -- で始めます）`;
    default:
      return `コマンドの指定が読めません: ${message}`;
  }
}

/** `parseArgs(config)` over this process's arguments, answering a bad command line with `usage`. */
export function readCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  argv: readonly string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<T>> {
  const beforeEnd = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeEnd.includes('--help') || beforeEnd.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ ...config, args: [...argv] }) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    console.error(`${explainArgsError(error)}\n${usage}`);
    process.exit(2);
  }
}
