// `npm run reminders`: the scheduled job (see README, "Påminnelser"). Run it by cron or a
// platform scheduler, e.g. daily at 07:00; running it more often, or twice at once, is safe.
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { fail, say } from './cli';

async function main() {
  // Read .env.local like the app does, so links in mail carry the same secret and address.
  loadEnvConfig(path.resolve(import.meta.dirname, '..'));
  const { runReminderJob } = await import('../lib/data/reminder-job');
  const { db } = await import('../lib/db');
  const r = await runReminderJob();
  say(
    [
      `Påminnelser före slutdatum: ${r.before} nya.`,
      `Påminnelser om försenade kurser: ${r.after} nya.`,
      `Veckosammanfattningar till chefer: ${r.digests} nya.`,
      `E-post skickad: ${r.sent}, misslyckades: ${r.failed}, ej skickad ännu: ${r.waiting}.`,
      `Statistikens försenade tilldelningar samlade: ${r.merged} grupper.`,
    ].join('\n'),
  );
  await db.$disconnect();
  if (r.failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => fail(error, { stack: true }));
