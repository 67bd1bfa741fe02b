import { escapeHtml } from './escape-html.js';
import { EMAIL_TEXTS, type EmailTexts } from './email.texts.js';
import { messageCase, type MessageCase } from './message-case.js';
import { momentForMessage } from './message-time.js';
import type { ComposedEmail, MessageView } from './message-view.js';

/** A sentence, optionally followed by a link (shown as its address in the plain text). */
interface Action {
  text: string;
  link?: { href: string; label: string };
  note?: string;
}

/** What one e-mail says, before it is written as plain text and as HTML. */
interface EmailDocument {
  language: MessageView['language'];
  subject: string;
  heading: string;
  paragraphs: string[];
  caption: string;
  details: [label: string, value: string][];
  bring: { heading: string; items: string[] } | null;
  fee: { label: string; value: string } | null;
  actions: Action[];
  closing: string[];
}

const isCancellation = (what: MessageCase) =>
  what === 'cancelledByCitizen' || what === 'cancelledByMunicipality';

function previousMoment(view: MessageView): string | null {
  return view.previousStartsAt ? momentForMessage(view.previousStartsAt, view.timeZone, view.language) : null;
}

function intro(view: MessageView, what: MessageCase, t: EmailTexts, moment: string): string {
  if (view.callback) return callbackIntro(view.callback.phone, view, what, t, moment);
  if (what === 'confirmation') return t.intro.confirmation(view.municipality);
  if (what === 'changed') return t.intro.changed(previousMoment(view), moment);
  return t.intro[what](moment);
}

function callbackIntro(phone: string, view: MessageView, what: MessageCase, t: EmailTexts, moment: string) {
  const c = t.callback.intro;
  if (what === 'confirmation') return c.confirmation(view.municipality, moment, phone);
  if (what === 'reminder') return c.reminder(moment, phone);
  if (what === 'changed') return c.changed(previousMoment(view), moment, phone);
  return c[what](moment);
}

/** The start page in the message's language: where a cancelled visit is booked again. */
function bookAgainUrl(view: MessageView): string {
  return `${view.publicBaseUrl}/${view.language === 'en' ? '?lang=en' : ''}`;
}

function actions(view: MessageView, what: MessageCase, t: EmailTexts): Action[] {
  if (what === 'cancelledByCitizen') return [];
  if (what === 'cancelledByMunicipality')
    return [
      { text: t.bookAgain, link: { href: bookAgainUrl(view), label: t.bookAgainLink } },
      { text: t.orCall(view.phone) },
    ];
  if (view.manageUrl)
    return [{ text: t.manage, link: { href: view.manageUrl, label: t.manageLink }, note: t.manageKeep }];
  // A confirmation has no earlier e-mail whose link could be meant.
  const byPhone = what === 'confirmation' ? t.manageByPhone : t.manageByEarlierLink;
  return [{ text: byPhone(view.phone) }];
}

function paragraphs(view: MessageView, what: MessageCase, t: EmailTexts, moment: string): string[] {
  const lines = [intro(view, what, t, moment)];
  if (what === 'cancelledByMunicipality') {
    if (view.cancelReason) lines.push(`${t.reason}: ${view.cancelReason}`);
    lines.push(t.sorry);
  }
  if (view.callback && !isCancellation(what)) lines.push(t.callback.beReady);
  if (what === 'confirmation') lines.push(t.calendar);
  return lines;
}

/** A visit says where; a callback says the number we call (no place, no directions). */
function details(view: MessageView, t: EmailTexts, moment: string, ahead: boolean): [string, string][] {
  const rows: [string, string][] = [
    [t.details.errand, view.errand],
    [t.details.time, moment],
  ];
  if (view.callback) rows.push([t.callback.number, view.callback.phone]);
  else {
    rows.push([t.details.place, view.place.name], [t.details.address, view.place.address]);
    if (ahead && view.place.directions) rows.push([t.details.directions, view.place.directions]);
  }
  rows.push([t.details.reference, view.reference]);
  return rows;
}

function toDocument(view: MessageView): EmailDocument {
  const t = EMAIL_TEXTS[view.language];
  const what = messageCase(view);
  const moment = momentForMessage(view.startsAt, view.timeZone, view.language);
  const ahead = !isCancellation(what);
  // A call: nothing to bring and nothing to pay at a desk.
  const visitAhead = ahead && !view.callback;
  const words = view.callback ? t.callback : t;
  return {
    language: view.language,
    subject: words.subject[what](moment),
    heading: words.heading[what],
    paragraphs: paragraphs(view, what, t, moment),
    caption: view.callback ? t.callback.caption : t.details.caption,
    details: details(view, t, moment, ahead),
    bring: visitAhead && view.bring.length > 0 ? { heading: t.bring, items: view.bring } : null,
    fee: visitAhead && view.fee ? { label: t.fee, value: view.fee } : null,
    actions: actions(view, what, t),
    closing: [t.regards, t.signature(view.municipality)],
  };
}

/** The errand's page in the message's language: where a new call is booked. */
function errandUrl(view: MessageView): string {
  const lang = view.language === 'en' ? '?lang=en' : '';
  return `${view.publicBaseUrl}/aerinder/${encodeURIComponent(view.errandCode)}${lang}`;
}

/** "We could not reach you": the callback closed after the second unanswered call. */
function noAnswerDocument(view: MessageView): EmailDocument {
  const t = EMAIL_TEXTS[view.language];
  const n = t.callback.noAnswer;
  const moment = momentForMessage(view.startsAt, view.timeZone, view.language);
  const tried = momentForMessage(view.triedAt ?? view.startsAt, view.timeZone, view.language);
  const phone = view.callback?.phone ?? '';
  return {
    language: view.language,
    subject: n.subject,
    heading: n.subject,
    paragraphs: [n.intro(moment, phone, tried)],
    caption: t.callback.caption,
    details: [
      [t.details.errand, view.errand],
      [t.details.time, moment],
      [n.triedRow, tried],
      [t.callback.number, phone],
      [t.details.reference, view.reference],
    ],
    bring: null,
    fee: null,
    actions: [
      { text: n.bookAgain, link: { href: errandUrl(view), label: n.bookAgainLink } },
      { text: t.orCall(view.phone) },
    ],
    closing: [t.regards, t.signature(view.municipality)],
  };
}

function toText(doc: EmailDocument): string {
  const sections: string[] = [doc.heading, ...doc.paragraphs];
  sections.push(doc.details.map(([label, value]) => `${label}: ${value}`).join('\n'));
  if (doc.bring)
    sections.push([`${doc.bring.heading}:`, ...doc.bring.items.map((item) => `- ${item}`)].join('\n'));
  if (doc.fee) sections.push(`${doc.fee.label}: ${doc.fee.value}`);
  for (const action of doc.actions) {
    sections.push([action.text, action.link?.href, action.note].filter(Boolean).join('\n'));
  }
  sections.push(doc.closing.join('\n'));
  return `${sections.join('\n\n')}\n`;
}

const STYLE = 'font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;';

function actionHtml(action: Action): string {
  const link = action.link
    ? `<br><a href="${escapeHtml(action.link.href)}">${escapeHtml(action.link.label)}</a>`
    : '';
  const note = action.note ? `<br>${escapeHtml(action.note)}` : '';
  return `<p>${escapeHtml(action.text)}${link}${note}</p>`;
}

function toHtml(doc: EmailDocument): string {
  const e = escapeHtml;
  const rows = doc.details
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align: left; padding: 4px 16px 4px 0; vertical-align: top;">${e(label)}</th><td style="padding: 4px 0;">${e(value)}</td></tr>`,
    )
    .join('\n');
  const body = [
    `<h1 style="font-size: 24px;">${e(doc.heading)}</h1>`,
    ...doc.paragraphs.map((text) => `<p>${e(text)}</p>`),
    `<table style="border-collapse: collapse; margin: 16px 0;">\n<caption style="text-align: left; font-weight: bold; padding-bottom: 4px;">${e(doc.caption)}</caption>\n${rows}\n</table>`,
  ];
  if (doc.bring) {
    const items = doc.bring.items.map((item) => `<li>${e(item)}</li>`).join('');
    body.push(`<h2 style="font-size: 18px;">${e(doc.bring.heading)}</h2>\n<ul>${items}</ul>`);
  }
  if (doc.fee) body.push(`<p><strong>${e(doc.fee.label)}:</strong> ${e(doc.fee.value)}</p>`);
  body.push(...doc.actions.map(actionHtml));
  body.push(`<p>${doc.closing.map(e).join('<br>')}</p>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.subject)}</title></head>`,
    `<body style="margin: 0; padding: 16px; ${STYLE}">`,
    '<div style="max-width: 40em;">',
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * One e-mail to the citizen in the booking's language: subject, plain text and HTML saying the same.
 * Everything from the view is escaped in the HTML; the only free text in it is the municipality's
 * reason for a cancellation. No name: the view carries none.
 */
export function composeEmail(view: MessageView): ComposedEmail {
  const doc = view.kind === 'no_answer' ? noAnswerDocument(view) : toDocument(view);
  return { subject: doc.subject, text: toText(doc), html: toHtml(doc) };
}
