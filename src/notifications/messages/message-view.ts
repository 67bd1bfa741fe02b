import type { Language } from '../../errands/errand-definition.js';
import type { NotificationKind } from '../entities/notification.entity.js';

/**
 * Everything a message to a citizen says, read from the booking when it is sent (never stored):
 * the composers turn it into an e-mail (subject, plain text, HTML) or one SMS of at most 160
 * characters, in the booking's language. No name: a message needs none, and the log may see SMS.
 */
export interface MessageView {
  kind: NotificationKind;
  /**
   * A callback from the hotline: "we call you", with the number we call (said in the e-mail only;
   * the SMS goes to that number). Null for a visit.
   */
  callback: { phone: string } | null;
  language: Language;
  /** Formatted for reading aloud, e.g. "K7NP-4TXA". */
  reference: string;
  /** The errand's name in the booking's language. */
  errand: string;
  startsAt: Date;
  endsAt: Date;
  /** The place's IANA zone: times are written as the place's local time. */
  timeZone: string;
  /** For `changed`: when the visit was before. */
  previousStartsAt: Date | null;
  place: { name: string; address: string; directions: string | null };
  /** What to bring, in the booking's language (may be empty). */
  bring: string[];
  /** The fee as the catalog says it, or null when free. */
  fee: string | null;
  /** The manage link (absolute), only when the message was caused by the citizen's own action. */
  manageUrl: string | null;
  /** For `cancelled`: who cancelled, and the municipality's reason (never the citizen's own). */
  cancelledBy: 'citizen' | 'municipality' | null;
  cancelReason: string | null;
  municipality: string;
  /** Borgerservice's phone number, for "call us" lines. */
  phone: string;
  /** The pages' origin, for a link to book again after a cancellation. */
  publicBaseUrl: string;
  /** For `no_answer`: when we last tried to call (the second, unanswered try). */
  triedAt: Date | null;
  /** The errand's code: its page (/aerinder/{code}) is where a new call is booked. */
  errandCode: string;
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}
