import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Challenge } from 'altcha-lib';
import { SettingsService } from '../config/settings.service.js';
import { challengeSecrets, checkSolution, newChallenge, type ChallengeSecrets } from './booking-challenge.js';
import { ChallengeInvalidError, ChallengeRequiredError } from './bookings.errors.js';

/** A checked solution: the challenge it uses up (book_visit() records it as used). */
export interface SolvedChallenge {
  id: Buffer;
  expiresAt: Date;
}

/**
 * Hands out booking challenges and checks their solutions (booking-challenge.ts). "Used" is the
 * database's business: book_visit() writes the challenge with the booking. Challenge time is wall
 * time, not the injected Clock: altcha-lib checks expiry against Date.now().
 */
@Injectable()
export class BookingChallenges implements OnApplicationBootstrap {
  private readonly secrets: ChallengeSecrets;
  private readonly randomKey: boolean;

  constructor(private readonly settings: SettingsService) {
    const key = settings.get('ALTCHA_HMAC_KEY');
    this.randomKey = !key;
    this.secrets = challengeSecrets(key ?? randomBytes(48).toString('base64url'));
  }

  onApplicationBootstrap(): void {
    // Here rather than in the constructor: by now the application's logger is in place.
    if (this.randomKey && this.enabled)
      new Logger('BookingChallenges').warn(
        'ALTCHA_HMAC_KEY is not set: using a random key; other instances refuse this one’s challenges',
      );
  }

  get enabled(): boolean {
    return this.settings.get('ALTCHA_ENABLED');
  }

  issue(): Promise<Challenge> {
    return newChallenge(this.secrets, {
      complexity: this.settings.get('ALTCHA_COMPLEXITY'),
      expiresAt: new Date(Date.now() + this.settings.get('ALTCHA_EXPIRES_SECONDS') * 1000),
    });
  }

  /** The challenge a booking uses up; undefined when challenges are off (trusted integrations). */
  async solved(payload: string | undefined): Promise<SolvedChallenge | undefined> {
    if (!this.enabled) return undefined;
    if (!payload) throw new ChallengeRequiredError();
    const check = await checkSolution(payload, this.secrets);
    if (!check.ok) throw new ChallengeInvalidError(check.problem);
    return { id: check.id, expiresAt: check.expiresAt };
  }
}
