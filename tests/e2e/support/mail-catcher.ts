// A local SMTP server for the end-to-end tests: it keeps every mail in memory and serves them
// as JSON on http://127.0.0.1:HTTP_PORT/mails?to=<address>. Nothing leaves the machine.
import http from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

type Caught = { to: string[]; subject: string; text: string; at: string };
const mails: Caught[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
          a.value.map((v) => (v.address ?? '').toLowerCase()),
        );
        mails.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', at: new Date().toISOString() });
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(Number(process.env.SMTP_PORT ?? 2526), '127.0.0.1');

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/health') return res.end('{"ok":true}');
    const to = url.searchParams.get('to')?.toLowerCase();
    res.end(JSON.stringify(to ? mails.filter((m) => m.to.includes(to)) : mails));
  })
  .listen(Number(process.env.HTTP_PORT ?? 2527), '127.0.0.1');
