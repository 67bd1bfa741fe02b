import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { NotificationsWorker } from '../src/notifications/notifications.worker.js';
import { givenHotline, mitidTriage, postCallback } from './support/callbacks.js';
import { calendarEvents, textOf } from './support/ical.js';
import { TestMailbox } from './support/smtp.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * The messages about a callback, end to end through a real SMTP server: "we call you" with the
 * time and the number we call, the call as an .ics, and nothing of a place, a station or papers to
 * bring; in Danish and English.
 */

const NOW = '2026-11-25T09:00:00+01:00';
const DAY = '2026-11-27';

describe('messages about a callback', () => {
  let t: TestApp;
  let mailbox: TestMailbox;
  let worker: NotificationsWorker;

  beforeAll(async () => {
    mailbox = await TestMailbox.create();
    t = await createTestApp({ now: NOW, env: { SMTP_URL: mailbox.url, NOTIFICATIONS_POLL_SECONDS: '0' } });
    worker = t.app.get(NotificationsWorker);
    await givenHotline(t, { advisers: 1 });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.stop();
  });

  function only(mails: ParsedMail[]): ParsedMail {
    expect(mails).toHaveLength(1);
    return mails[0];
  }

  function attachedEvent(mail: ParsedMail) {
    const ics = mail.attachments.filter((a) => a.contentType === 'text/calendar');
    expect(ics).toHaveLength(1);
    const [event] = calendarEvents(ics[0].content.toString('utf8'));
    return event;
  }

  it.each([
    [
      'da',
      `${DAY}T10:00:00+01:00`,
      'Vi ringer til dig fredag 27. november kl. 10.00',
      'Opkald fra Borgerservice',
    ],
    [
      'en',
      `${DAY}T11:00:00+01:00`,
      'We will call you on Friday 27 November, 11:00',
      'Call from Citizen Service',
    ],
  ])(
    'confirms a call in %s: we call you, when, on which number',
    async (language, start, subject, summary) => {
      const email = `karen.${language}@example.dk`;
      const triage = await mitidTriage(t.http, 'callbackOnly');
      const citizen = { name: 'Karen Jensen', email, phone: '+45 22 33 44 55', sms: true };
      const res = await postCallback(t.http, { triage, start, citizen })
        .set('Accept-Language', language)
        .expect(201);
      const channels = await t.dataSource.query<{ channel: string }[]>(
        `SELECT n.channel FROM notifications n JOIN bookings b ON b.id = n.booking_id
       WHERE b.reference = $1 AND n.kind = 'confirmation' ORDER BY n.channel`,
        [(res.body.reference as string).replace('-', '')],
      );
      expect(channels.map((c) => c.channel)).toEqual(['email', 'sms']);

      await worker.runOnce();

      const mail = only(mailbox.to(email));
      expect(mail.subject).toBe(subject);
      expect(mail.text).toContain('+45 22 33 44 55');
      expect(mail.text).toContain(res.body.reference);
      for (const body of [mail.text ?? '', String(mail.html)]) {
        expect(body).not.toMatch(
          /Station|Husk at medbringe|Remember to bring|Adresse|Address|Telefon 87 53 50 00/,
        );
      }
      const event = attachedEvent(mail);
      expect(textOf(event.summary)).toContain(summary);
      expect(event.location).toBeUndefined();

      // The manage link of the confirmation works for a call as for a visit.
      const link = new URL(/https?:\/\/\S+\/min-tid\/\S+/.exec(mail.text ?? '')![0]);
      expect(link.searchParams.get('token')).toBe(res.body.manageToken);
      const shown = await request(t.http)
        .get(`/bookings/${res.body.reference}`)
        .query({ token: link.searchParams.get('token') })
        .expect(200);
      expect(shown.body).toMatchObject({ kind: 'callback', station: null });
    },
  );
});
