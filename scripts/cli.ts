// Output of the command-line tools (setup, migrate, seed, content export, reminders, bench) for the
// person or cron job running them: progress and results on stdout, the reason for a failure on
// stderr with exit status 1. What the app itself records goes through the logger (lib/log.ts).
export function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** Ends the tool. Expected failures carry a Swedish message; `stack` adds where it happened. */
export function fail(error: unknown, { stack = false }: { stack?: boolean } = {}): never {
  const text = error instanceof Error ? (stack && error.stack) || error.message : String(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
}
