// A local mailbox for trying the product's e-mails by hand (`npm run mailbox`): a real SMTP server
// (smtp-server) on 127.0.0.1:2525 that accepts every message, prints who it is for, its subject and
// its plain text, and keeps the whole message as .eml in .data/mailbox/ (open it in a mail program).
// Start the product with SMTP_URL=smtp://127.0.0.1:2525 to send to it. Nothing leaves the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.MAILBOX_PORT ?? 2525);
const folder = join(process.cwd(), '.data', 'mailbox');
mkdirSync(folder, { recursive: true });
let received = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', async () => {
      const raw = Buffer.concat(chunks);
      const mail = await simpleParser(raw);
      const file = join(folder, `${String(++received).padStart(4, '0')}.eml`);
      writeFileSync(file, raw);
      const attachments = mail.attachments.map((a) => a.filename).join(', ') || 'none';
      console.log(`\n--- ${new Date().toISOString()}  ${file}`);
      console.log(`To: ${session.envelope.rcptTo.map((r) => r.address).join(', ')}`);
      console.log(`Subject: ${mail.subject}`);
      console.log(`Attachments: ${attachments}\n`);
      console.log(mail.text);
      callback();
    });
  },
});
server.on('error', (error) => console.error(`mailbox: ${error.message}`));
server.listen(port, '127.0.0.1', () =>
  console.log(`Mailbox listening on smtp://127.0.0.1:${port}; messages are kept in ${folder}`),
);
