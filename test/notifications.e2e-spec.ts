import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { ManageTokenSweep } from '../src/notifications/manage-token.sweep.js';
import { NotificationsWorker } from '../src/notifications/notifications.worker.js';
import { uniqueEmail } from './support/bookings.js';
import { givenAccount, givenOffice, type Office } from './support/factories.js';
import { freeSlots, visitTriage } from './support/flows.js';
import { calendarEvents } from './support/ical.js';
import { TestMailbox } from './support/smtp.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/*
 * Messages to citizens, end to end: the API changes a booking, the outbox row is written with it,
 * the worker (driven by the test, with a fixed clock) sends it to a real SMTP server, and the test
 * reads what arrived with mailparser.
 */

const NOW = '2026-11-25T09:00:00+01:00';
const DAY = '2026-11-27';
const HOUR = 3_600_000;

interface Made {
  id: string;
  reference: string;
  token: string;
  start: string;
  email: string;
}

interface Row {
  id: string;
  kind: string;
  channel: string;
  status: string;
  due_at: Date;
  manage_token: string | null;
  last_error: string | null;
}

describe('messages to citizens', () => {
  let t: TestApp;
  let mailbox: TestMailbox;
  let worker: NotificationsWorker;
  let office: Office;
  let slotIndex = 0;

  beforeAll(async () => {
    mailbox = await TestMailbox.create();
    t = await createTestApp({
      now: NOW,
      env: { SMTP_URL: mailbox.url, NOTIFICATIONS_POLL_SECONDS: '0', REMINDER_HOURS: '24' },
    });
    worker = t.app.get(NotificationsWorker);
    office = await givenOffice(t, { stations: 2, advisers: 2 });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.stop();
  });
  beforeEach(() => t.clock.set(NOW));

  /** Books the next free start on DAY at the office (each booking its own slot, its own address). */
  async function bookVisit(
    citizen: Record<string, unknown> = {},
    language: 'da' | 'en' = 'da',
    date = DAY,
  ): Promise<Made> {
    const triage = await visitTriage(t.http);
    const [day] = await freeSlots(t.http, { triage, from: date, to: date, location: office.code });
    const slot = day.slots[slotIndex++ % day.slots.length];
    const email = uniqueEmail();
    const res = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .send({
        triage,
        start: slot.start,
        location: office.code,
        language,
        citizen: { name: 'Karen Jensen', email, ...citizen },
      })
      .expect(201);
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM bookings WHERE reference = $1',
      [(res.body.reference as string).replace('-', '')],
    );
    return { id, reference: res.body.reference, token: res.body.manageToken, start: res.body.start, email };
  }

  function rows(bookingId: string): Promise<Row[]> {
    return t.dataSource.query<Row[]>(
      `SELECT id, kind, channel, status, due_at, manage_token, last_error FROM notifications
       WHERE booking_id = $1 ORDER BY created_at, kind`,
      [bookingId],
    );
  }

  function only(mails: ParsedMail[]): ParsedMail {
    expect(mails).toHaveLength(1);
    return mails[0];
  }

  /** The .ics attached to a mail, parsed. */
  function attachedEvent(mail: ParsedMail) {
    const ics = mail.attachments.filter((a) => a.contentType === 'text/calendar');
    expect(ics).toHaveLength(1);
    const events = calendarEvents(ics[0].content.toString('utf8'));
    expect(events).toHaveLength(1);
    return events[0];
  }

  function manageLink(mail: ParsedMail): URL {
    const match = /https?:\/\/\S+\/min-tid\/\S+/.exec(mail.text ?? '');
    expect(match).not.toBeNull();
    return new URL(match![0]);
  }

  it('confirms a booking in Danish with the visit as an .ics and a manage link that works', async () => {
    const booked = await bookVisit();
    expect((await rows(booked.id)).map((r) => [r.kind, r.channel, r.status])).toEqual([
      ['confirmation', 'email', 'pending'],
      ['reminder', 'email', 'pending'],
    ]);

    await worker.runOnce();

    const mail = only(mailbox.to(booked.email));
    expect(mail.subject).toMatch(/^Din tid er booket/);
    expect(mail.text).toContain(booked.reference);
    expect(mail.text).toContain('Nyt eller fornyet pas (voksen)');
    expect(mail.html).toContain(booked.reference);
    const event = attachedEvent(mail);
    expect(new Date(event.start).getTime()).toBe(new Date(booked.start).getTime());

    const link = manageLink(mail);
    expect(link.searchParams.get('token')).toBe(booked.token);
    const page = await request(t.http).get(`${link.pathname}${link.search}`).expect(200);
    expect(page.text).toContain(booked.reference);

    const confirmation = (await rows(booked.id)).find((r) => r.kind === 'confirmation')!;
    expect(confirmation).toMatchObject({ status: 'sent', manage_token: null });
  });

  it('writes in English for a booking made in English, the link keeping the language', async () => {
    const booked = await bookVisit({}, 'en');
    await worker.runOnce();

    const mail = only(mailbox.to(booked.email));
    expect(mail.subject).toMatch(/^Your appointment is booked/);
    expect(mail.text).toContain('New or renewed passport (adult)');
    expect(mail.text).not.toContain('Nyt eller fornyet pas');
    attachedEvent(mail);
    const link = manageLink(mail);
    expect(link.searchParams.get('lang')).toBe('en');
    await request(t.http).get(`${link.pathname}${link.search}`).expect(200);
  });

  it('sends the reminder once, when it is due and not before', async () => {
    const booked = await bookVisit();
    await worker.runOnce();
    const due = new Date(new Date(booked.start).getTime() - 24 * HOUR);
    const reminder = (await rows(booked.id)).find((r) => r.kind === 'reminder')!;
    expect(reminder.due_at).toEqual(due);

    t.clock.set(new Date(due.getTime() - 60_000));
    await worker.runOnce();
    expect(mailbox.to(booked.email)).toHaveLength(1);

    t.clock.set(due);
    await worker.runOnce();
    await worker.runOnce();
    const mails = mailbox.to(booked.email);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Din tid er booket/),
      expect.stringMatching(/^Påmindelse om din tid/),
    ]);
    expect(mails[1].text).toContain(booked.reference);
    // A reminder is not the citizen's own action: no manage link travels with it.
    expect(mails[1].text).not.toContain(booked.token);
  });

  it('gives no reminder for a visit booked less than REMINDER_HOURS ahead', async () => {
    t.clock.set('2026-11-26T12:00:00+01:00');
    const booked = await bookVisit();
    expect((await rows(booked.id)).map((r) => r.kind)).toEqual(['confirmation']);
  });

  it('tells of a move by the citizen and replaces the pending reminder', async () => {
    const booked = await bookVisit();
    await worker.runOnce();
    const before = (await rows(booked.id)).find((r) => r.kind === 'reminder')!;

    const triage = await visitTriage(t.http);
    const [day] = await freeSlots(t.http, {
      triage,
      from: '2026-11-30',
      to: '2026-11-30',
      location: office.code,
    });
    const newStart = day.slots[3].start;
    await request(t.http)
      .post(`/bookings/${booked.reference}/reschedule`)
      .query({ token: booked.token })
      .send({ start: newStart })
      .expect(200);

    const after = await rows(booked.id);
    const pendingReminders = after.filter((r) => r.kind === 'reminder' && r.status === 'pending');
    expect(pendingReminders).toHaveLength(1);
    expect(pendingReminders[0].id).not.toBe(before.id);
    expect(pendingReminders[0].due_at).toEqual(new Date(new Date(newStart).getTime() - 24 * HOUR));
    expect(after.some((r) => r.id === before.id)).toBe(false);

    await worker.runOnce();
    const changed = mailbox.to(booked.email)[1];
    expect(changed.subject).toMatch(/^Din tid er flyttet/);
    expect(new Date(attachedEvent(changed).start).getTime()).toBe(new Date(newStart).getTime());
    expect(manageLink(changed).searchParams.get('token')).toBe(booked.token);
  });

  it('tells of two quick moves in one message, from the time the citizen last heard of', async () => {
    const booked = await bookVisit();
    await worker.runOnce();
    const triage = await visitTriage(t.http);
    const [day] = await freeSlots(t.http, { triage, from: DAY, to: DAY, location: office.code });
    const [first, second] = day.slots.slice(-2).map((slot) => slot.start);
    for (const start of [first, second])
      await request(t.http)
        .post(`/bookings/${booked.reference}/reschedule`)
        .query({ token: booked.token })
        .send({ start })
        .expect(200);

    const changed = (await rows(booked.id)).filter((r) => r.kind === 'changed');
    expect(changed).toHaveLength(1);
    const [{ previous }] = await t.dataSource.query<{ previous: Date }[]>(
      `SELECT previous_starts_at AS previous FROM notifications WHERE id = $1`,
      [changed[0].id],
    );
    expect(previous).toEqual(new Date(booked.start));
    await worker.runOnce();
    const mails = mailbox.to(booked.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toMatch(/^Din tid er flyttet/);
    expect(new Date(attachedEvent(mails[1]).start).getTime()).toBe(new Date(second).getTime());
    expect(manageLink(mails[1]).searchParams.get('token')).toBe(booked.token);
  });

  it('forgets the manage token of a message still unsent after an hour, and sends it without the link', async () => {
    const booked = await bookVisit();
    expect((await rows(booked.id)).find((r) => r.kind === 'confirmation')!.manage_token).toBe(booked.token);
    t.clock.set(new Date(new Date(NOW).getTime() + 61 * 60_000));
    expect(await t.app.get(ManageTokenSweep).run()).toEqual({ erased: 1 });
    expect((await rows(booked.id)).find((r) => r.kind === 'confirmation')!.manage_token).toBeNull();
    await worker.runOnce();
    const mail = only(mailbox.to(booked.email));
    expect(mail.text).not.toMatch(/\/min-tid\//);
    expect(mail.text).toContain(booked.reference);
  });

  it('tells of a cancellation by the citizen, without their own reason, and drops the reminder', async () => {
    const booked = await bookVisit();
    await worker.runOnce();
    await request(t.http)
      .post(`/bookings/${booked.reference}/cancel`)
      .query({ token: booked.token })
      .send({ reason: 'Jeg er blevet forkølet' })
      .expect(200);

    const after = await rows(booked.id);
    expect(after.filter((r) => r.kind === 'reminder')).toEqual([]);
    const [{ cancelled_by }] = await t.dataSource.query<{ cancelled_by: string }[]>(
      'SELECT cancelled_by FROM bookings WHERE id = $1',
      [booked.id],
    );
    expect(cancelled_by).toBe('citizen');

    await worker.runOnce();
    const cancelled = mailbox.to(booked.email)[1];
    expect(cancelled.subject).toMatch(/^Du har aflyst din tid/);
    expect(cancelled.text).not.toContain('forkølet');
    expect(attachedEvent(cancelled).status).toBe('CANCELLED');
  });

  it('tells of a cancellation by reception as the citizen’s own, without staff’s note, and of a move by staff without a manage link', async () => {
    const moved = await bookVisit();
    const cancelled = await bookVisit();
    await worker.runOnce();
    const bearer = await (await givenAccount(t, 'reception', { locations: [office] })).signIn();

    const triage = await visitTriage(t.http);
    const [day] = await freeSlots(t.http, {
      triage,
      from: '2026-12-01',
      to: '2026-12-01',
      location: office.code,
    });
    await request(t.http)
      .post(`/reception/bookings/${moved.reference}/reschedule`)
      .set('Authorization', bearer)
      .send({ start: day.slots[2].start, reason: 'Rådgiveren er på kursus' })
      .expect(200);
    await request(t.http)
      .post(`/reception/bookings/${cancelled.reference}/cancel`)
      .set('Authorization', bearer)
      .send({ reason: 'Borgeren ringede og kan ikke komme' })
      .expect(200);
    await worker.runOnce();

    const change = mailbox.to(moved.email)[1];
    expect(change.subject).toMatch(/^Din tid er flyttet/);
    expect(change.text).not.toMatch(/\/min-tid\//);
    // Reception cancels at the citizen's request (on the phone, at the desk): their note is for staff.
    const cancel = mailbox.to(cancelled.email)[1];
    expect(cancel.subject).toMatch(/^Du har aflyst din tid/);
    expect(`${cancel.text}${cancel.html}`).not.toContain('Borgeren ringede');
    const [stored] = await t.dataSource.query<{ cancelled_by: string }[]>(
      'SELECT cancelled_by FROM bookings WHERE id = $1',
      [cancelled.id],
    );
    expect(stored.cancelled_by).toBe('citizen');
    expect((await rows(cancelled.id)).filter((r) => r.kind === 'reminder')).toEqual([]);
  });

  it('tells of a cancellation by an admin closing the place, as the municipality, with the reason it recorded', async () => {
    // A day of its own: the closure leaves nothing to book on it.
    const booked = await bookVisit({}, 'da', '2026-12-02');
    const bearer = await (await givenAccount(t, 'admin')).signIn();
    await request(t.http)
      .post('/admin/closures')
      .set('Authorization', bearer)
      .send({
        location: office.code,
        startsOn: '2026-12-02',
        endsOn: '2026-12-02',
        reason: 'Strømsvigt',
        cancelBookings: true,
      })
      .expect(201);
    const [stored] = await t.dataSource.query<{ cancelled_by: string; cancel_reason: string }[]>(
      'SELECT cancelled_by, cancel_reason FROM bookings WHERE id = $1',
      [booked.id],
    );
    expect(stored.cancelled_by).toBe('municipality');
    await worker.runOnce();
    const mail = mailbox.to(booked.email).find((m) => m.subject?.startsWith('Vi har måttet aflyse'));
    expect(mail?.text).toContain(stored.cancel_reason);
  });

  it('sends SMS only to citizens who asked for them, through the SMS port', async () => {
    const withSms = await bookVisit({ phone: '+45 22 33 44 55', sms: true });
    const withoutSms = await bookVisit({ phone: '22334466' });
    expect((await rows(withSms.id)).map((r) => `${r.kind}/${r.channel}`).sort()).toEqual([
      'confirmation/email',
      'confirmation/sms',
      'reminder/email',
      'reminder/sms',
    ]);
    expect((await rows(withoutSms.id)).map((r) => r.channel)).not.toContain('sms');

    await worker.runOnce();
    const sms = (await rows(withSms.id)).find((r) => r.kind === 'confirmation' && r.channel === 'sms')!;
    // The log adapter (SMS_PROVIDER=log) only logged it: recorded as not sent, as e-mail without
    // SMTP_URL is, and the token was never on the SMS row.
    expect(sms).toMatchObject({ status: 'skipped', manage_token: null, last_error: 'SMS_PROVIDER_LOG' });
  });

  it('refuses SMS without a phone number (400)', async () => {
    const triage = await visitTriage(t.http);
    const [day] = await freeSlots(t.http, { triage, from: DAY, to: DAY, location: office.code });
    const res = await request(t.http)
      .post('/bookings')
      .set('Idempotency-Key', randomUUID())
      .send({
        triage,
        start: day.slots[0].start,
        location: office.code,
        citizen: { name: 'Karen Jensen', email: uniqueEmail(), sms: true },
      })
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(res.body)).toContain('citizen.sms');
  });

  it('skips a confirmation still pending when the booking is cancelled meanwhile', async () => {
    const booked = await bookVisit();
    await request(t.http)
      .post(`/bookings/${booked.reference}/cancel`)
      .query({ token: booked.token })
      .expect(200);
    await worker.runOnce();
    const after = await rows(booked.id);
    expect(after.find((r) => r.kind === 'confirmation')).toMatchObject({
      status: 'skipped',
      last_error: 'CANCELLED',
      manage_token: null,
    });
    expect(after.find((r) => r.kind === 'cancelled')).toMatchObject({ status: 'sent' });
    expect(mailbox.to(booked.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^Du har aflyst/)]);
  });
});
