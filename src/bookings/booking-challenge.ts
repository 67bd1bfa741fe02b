import { createHmac, randomInt } from 'node:crypto';
import { type Challenge, createChallenge, type Solution, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

/*
 * The proof of work a booking costs (ALTCHA, self-hosted: altcha-lib creates and checks the
 * challenges, nothing leaves the server). A challenge names a key the solver must find by trying
 * counters 0, 1, 2 … through SHA-256; the server picked the counter, so it knows the work
 * (`complexity` / 2 to `complexity` hashes) and checks a solution with one HMAC.
 */

export const CHALLENGE_ALGORITHM = 'SHA-256';
/** A payload is a few hundred characters; anything much longer is not one. */
const MAX_PAYLOAD_LENGTH = 4096;

export interface ChallengeSecrets {
  /** Signs the challenge's parameters (nobody can make or change a challenge). */
  signature: string;
  /** Signs the key a solver must find (checking a solution costs one HMAC, not the work). */
  keySignature: string;
}

/** Both secrets from the one setting, ALTCHA_HMAC_KEY. */
export function challengeSecrets(hmacKey: string): ChallengeSecrets {
  const keySignature = createHmac('sha256', hmacKey).update('altcha key signature').digest('hex');
  return { signature: hmacKey, keySignature };
}

/** A signed challenge that takes between complexity / 2 and complexity hashes to solve. */
export function newChallenge(
  secrets: ChallengeSecrets,
  options: { complexity: number; expiresAt: Date },
): Promise<Challenge> {
  const { complexity, expiresAt } = options;
  return createChallenge({
    algorithm: CHALLENGE_ALGORITHM,
    cost: 1,
    counter: randomInt(Math.ceil(complexity / 2), complexity + 1),
    deriveKey,
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.keySignature,
    expiresAt,
  });
}

export type ChallengeProblem = 'malformed' | 'expired' | 'signature' | 'solution';

export type SolutionCheck =
  | { ok: true; /** The challenge's signature: what makes it "used". */ id: Buffer; expiresAt: Date }
  | { ok: false; problem: ChallengeProblem };

interface Payload {
  challenge: Challenge & { signature: string };
  solution: Solution;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The widget's payload: base64 of JSON `{challenge: {parameters, signature}, solution: {counter, derivedKey}}`. */
export function parsePayload(payload: string): Payload | undefined {
  if (payload.length > MAX_PAYLOAD_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isObject(value) || !isObject(value.challenge) || !isObject(value.solution)) return undefined;
  const { challenge, solution } = value;
  if (!isObject(challenge.parameters) || typeof challenge.signature !== 'string') return undefined;
  if (!/^[0-9a-f]{64}$/.test(challenge.signature)) return undefined;
  if (typeof solution.counter !== 'number' || typeof solution.derivedKey !== 'string') return undefined;
  return value as unknown as Payload;
}

/**
 * Whether a payload solves a challenge this server signed and that has not expired. Expiry is
 * checked against the wall clock (altcha-lib reads Date.now()), as it was set at issue.
 */
export async function checkSolution(payload: string, secrets: ChallengeSecrets): Promise<SolutionCheck> {
  const parsed = parsePayload(payload);
  if (!parsed) return { ok: false, problem: 'malformed' };
  const { challenge, solution } = parsed;
  const result = await verifySolution({
    challenge,
    solution,
    deriveKey,
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.keySignature,
  }).catch(() => undefined);
  if (!result) return { ok: false, problem: 'malformed' };
  if (result.expired) return { ok: false, problem: 'expired' };
  if (result.invalidSignature) return { ok: false, problem: 'signature' };
  const expiresAt = challenge.parameters.expiresAt;
  if (!result.verified || typeof expiresAt !== 'number') return { ok: false, problem: 'solution' };
  return { ok: true, id: Buffer.from(challenge.signature, 'hex'), expiresAt: new Date(expiresAt * 1000) };
}
