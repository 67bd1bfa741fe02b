import { toGsm7 } from './gsm7.js';
import { messageCase } from './message-case.js';
import { momentForMessage } from './message-time.js';
import type { MessageView } from './message-view.js';
import { SMS_TEXTS } from './sms.texts.js';

/** One SMS of the GSM-7 alphabet: longer, and the phone splits it or the gateway refuses it. */
export const SMS_MAX_LENGTH = 160;

/** Which of the droppable parts an attempt includes; time and reference are always there. */
interface SmsContent {
  address: boolean;
  errand: boolean;
  place: boolean;
  bookAgainUrl: boolean;
  phone: boolean;
}

/**
 * From the whole message to the least that still says what happened, when and which booking:
 * the address goes first (the e-mail and the place's page have it), then the errand (the citizen
 * knows it), then the place, then the web address and the phone number.
 */
const ATTEMPTS: SmsContent[] = [
  { address: true, errand: true, place: true, bookAgainUrl: true, phone: true },
  { address: false, errand: true, place: true, bookAgainUrl: true, phone: true },
  { address: false, errand: false, place: true, bookAgainUrl: true, phone: true },
  { address: false, errand: false, place: false, bookAgainUrl: true, phone: true },
  { address: false, errand: false, place: false, bookAgainUrl: false, phone: true },
  { address: false, errand: false, place: false, bookAgainUrl: false, phone: false },
];

function render(view: MessageView, content: SmsContent): string {
  const t = SMS_TEXTS[view.language];
  const what = messageCase(view);
  // A call has no place to come to: the hotline's name and address are not news.
  const where = view.callback
    ? ''
    : [content.place && view.place.name, content.address && view.place.address]
        .filter((part): part is string => Boolean(part))
        .map((part) => `, ${part}`)
        .join('');
  const lead = (view.callback ? t.callback.lead : t.lead)[what]({
    moment: momentForMessage(view.startsAt, view.timeZone, view.language),
    previous: view.previousStartsAt
      ? momentForMessage(view.previousStartsAt, view.timeZone, view.language)
      : null,
    where,
  });
  const tail = ((view.callback && t.callback.tail[what]) || t.tail[what])({
    phone: content.phone ? view.phone : null,
    bookAgainUrl: content.bookAgainUrl ? view.publicBaseUrl : null,
  });
  const errand = content.errand ? `${view.errand}: ` : '';
  return toGsm7([`${errand}${lead}`, t.reference(view.reference), tail].filter(Boolean).join(' '));
}

/** "We could not reach you": when we tried, the reference, and how to get a new call. */
function renderNoAnswer(view: MessageView, content: SmsContent): string {
  const t = SMS_TEXTS[view.language];
  const tried = momentForMessage(view.triedAt ?? view.startsAt, view.timeZone, view.language);
  const tail = t.callback.noAnswer.tail({
    phone: content.phone ? view.phone : null,
    bookAgainUrl: content.bookAgainUrl ? view.publicBaseUrl : null,
  });
  const errand = content.errand ? `${view.errand}: ` : '';
  const lead = `${errand}${t.callback.noAnswer.lead(tried)}`;
  return toGsm7([lead, t.reference(view.reference), tail].filter(Boolean).join(' '));
}

/**
 * One SMS in the booking's language, at most 160 GSM-7 characters whatever the place's name and
 * address: parts are left out until it fits (see ATTEMPTS). No manage link and no reason for a
 * cancellation: the e-mail has those. A callback says "we call you" at the time, and not the
 * number: the SMS goes to it.
 */
export function composeSms(view: MessageView): string {
  const compose = view.kind === 'no_answer' ? renderNoAnswer : render;
  for (const content of ATTEMPTS) {
    const text = compose(view, content);
    if (text.length <= SMS_MAX_LENGTH) return text;
  }
  // Only a reference far longer than ours could get here; a cut SMS beats a split one.
  return compose(view, ATTEMPTS[ATTEMPTS.length - 1]).slice(0, SMS_MAX_LENGTH);
}
