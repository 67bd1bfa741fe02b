import { SetMetadata } from '@nestjs/common';

export const AUDITED_KEY = 'audited-action';

/**
 * The endpoint reads a citizen's personal data or changes the municipality's set-up: each
 * successful call writes an audit row (who, this action, when, which bookings and objects).
 */
export const Audited = (action: string) => SetMetadata(AUDITED_KEY, action);
