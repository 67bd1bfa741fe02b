import type { CitizenDto } from '../../../bookings/dto/booking.dto.js';
import type { BookingKind } from '../../../bookings/entities/booking.entity.js';
import type { Language } from '../../../common/i18n/localized.js';
import { momentForPeople } from '../../page/people-time.js';
import { type BookingChoice, type ContactInput, SMS_CHOSEN } from '../contact/contact-form.js';
import { type PlaceForPeople, timePickerPath } from '../contact/contact-view.js';
import { CHECK_TEXTS, type CheckTexts } from './check.texts.js';

type RowKey = keyof CheckTexts['rows'];

/** One answer and the way back to change it. */
export interface CheckRow {
  key: RowKey;
  label: string;
  lines: string[];
  /** "Ret" as a link (no personal data in it) or as a button of the form that keeps the contact. */
  change: { link: string } | { form: string };
  changeWhat: string;
}

export interface CheckView {
  t: CheckTexts;
  /** A callback: "Vi ringer til dig på 12 34 56 78 tirsdag 8. december kl. 10.15." */
  call?: string;
  rows: CheckRow[];
  /** The contact as validated (trimmed, normalised), carried in hidden fields: never in a URL. */
  contact: ContactInput;
  /** What the hidden SMS field sends when the choice was made (the contact form's checkbox value). */
  smsValue: string;
  choice: BookingChoice;
  /** Made when the page is shown; a second submit of this page replays the first booking. */
  idempotencyKey: string;
  /** The form's action without JavaScript, and the one the script switches to once the proof widget runs. */
  action: string;
  proofAction: string;
  /** Show the ALTCHA widget (ALTCHA_ENABLED); without it the form posts straight to `proofAction`. */
  proof: boolean;
  /** The form (id) the "Ret" buttons for name and contact submit, with the contact in hidden fields. */
  changeForm: string;
  changeAction: string;
}

export const CHANGE_CONTACT_FORM = 'change-contact';

export function toCheckView(input: {
  choice: BookingChoice;
  errand: { code: string; name: string };
  place: PlaceForPeople;
  kind?: BookingKind;
  citizen: Pick<CitizenDto, 'name' | 'email' | 'phone' | 'sms'>;
  idempotencyKey: string;
  proof: boolean;
  language: Language;
  now: Date;
}): CheckView {
  const { choice, place, citizen, language } = input;
  const t = CHECK_TEXTS[language];
  const row = (key: RowKey, lines: string[], change: CheckRow['change']): CheckRow => ({
    key,
    label: t.rows[key],
    lines,
    change,
    changeWhat: t.changeWhat[key],
  });
  const callback = input.kind === 'callback';
  const moment = momentForPeople(choice.start, place.timeZone, language, input.now);
  const contactLines = (callback ? [citizen.email] : [citizen.email, citizen.phone]).filter(
    (line): line is string => Boolean(line),
  );
  if (citizen.sms) contactLines.push(t.smsToo);
  const base = `/book/${choice.triage}`;
  const errandRow = row('errand', [input.errand.name], { link: `/aerinder/${input.errand.code}` });
  const timeRow = row('time', [moment], { link: timePickerPath(choice, place.timeZone) });
  const nameRow = row('name', [citizen.name], { form: CHANGE_CONTACT_FORM });
  const change = { form: CHANGE_CONTACT_FORM };
  return {
    t,
    call: callback ? t.call(citizen.phone ?? '', moment) : undefined,
    rows: callback
      ? [
          errandRow,
          timeRow,
          row('phone', [citizen.phone ?? ''], change),
          nameRow,
          row('email', contactLines.length > 0 ? contactLines : [t.noEmail], change),
        ]
      : [
          errandRow,
          row('place', [place.name, place.address], { link: `${base}/sted` }),
          timeRow,
          nameRow,
          row('contact', contactLines, change),
        ],
    contact: {
      name: citizen.name,
      email: citizen.email ?? '',
      phone: citizen.phone ?? '',
      sms: citizen.sms === true,
    },
    smsValue: SMS_CHOSEN,
    choice,
    idempotencyKey: input.idempotencyKey,
    action: input.proof ? `${base}/bekraeft-uden-js` : `${base}/bekraeft`,
    proofAction: `${base}/bekraeft`,
    proof: input.proof,
    changeForm: CHANGE_CONTACT_FORM,
    changeAction: `${base}/kontakt/ret`,
  };
}
