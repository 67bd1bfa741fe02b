import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { challengeSecrets, checkSolution, newChallenge, parsePayload } from './booking-challenge.js';

const SECRETS = challengeSecrets('k'.repeat(40));
const COMPLEXITY = 2000;

const inFiveMinutes = () => new Date(Date.now() + 5 * 60_000);

async function solve(challenge: Challenge) {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('could not solve the challenge');
  return solution;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('booking challenges', () => {
  it('are solved by the counter the server picked, between complexity / 2 and complexity', async () => {
    for (let i = 0; i < 3; i++) {
      const challenge = await newChallenge(SECRETS, { complexity: COMPLEXITY, expiresAt: inFiveMinutes() });
      const solution = await solve(challenge);
      expect(solution.counter).toBeGreaterThanOrEqual(COMPLEXITY / 2);
      expect(solution.counter).toBeLessThanOrEqual(COMPLEXITY);
    }
  });

  it('accept a solution, naming the challenge by its signature and its expiry', async () => {
    const expiresAt = inFiveMinutes();
    const challenge = await newChallenge(SECRETS, { complexity: COMPLEXITY, expiresAt });
    const solution = await solve(challenge);
    const check = await checkSolution(encode({ challenge, solution }), SECRETS);
    expect(check).toEqual({
      ok: true,
      id: Buffer.from(challenge.signature!, 'hex'),
      expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000),
    });
  });

  it('refuse a wrong counter or key', async () => {
    const challenge = await newChallenge(SECRETS, { complexity: COMPLEXITY, expiresAt: inFiveMinutes() });
    const solution = await solve(challenge);
    const wrongKey = {
      ...solution,
      derivedKey: solution.derivedKey.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
    };
    expect(await checkSolution(encode({ challenge, solution: wrongKey }), SECRETS)).toEqual({
      ok: false,
      problem: 'solution',
    });
  });

  it('refuse a challenge another key signed, or one whose parameters were changed', async () => {
    const challenge = await newChallenge(SECRETS, { complexity: COMPLEXITY, expiresAt: inFiveMinutes() });
    const solution = await solve(challenge);
    const otherServer = challengeSecrets('o'.repeat(40));
    expect(await checkSolution(encode({ challenge, solution }), otherServer)).toEqual({
      ok: false,
      problem: 'signature',
    });
    const longer = { ...challenge, parameters: { ...challenge.parameters, expiresAt: 4_000_000_000 } };
    expect(await checkSolution(encode({ challenge: longer, solution }), SECRETS)).toEqual({
      ok: false,
      problem: 'signature',
    });
  });

  it('refuse a challenge once it has expired', async () => {
    const challenge = await newChallenge(SECRETS, {
      complexity: COMPLEXITY,
      expiresAt: new Date(Date.now() - 1000),
    });
    const solution = await solve(challenge);
    expect(await checkSolution(encode({ challenge, solution }), SECRETS)).toEqual({
      ok: false,
      problem: 'expired',
    });
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['JSON without a challenge', encode({ solution: { counter: 1, derivedKey: 'ab' } })],
    ['a signature that is not hex', encode({ challenge: { parameters: {}, signature: 'x' }, solution: {} })],
    [
      'a counter that is text',
      encode({
        challenge: { parameters: {}, signature: 'a'.repeat(64) },
        solution: { counter: '1', derivedKey: 'ab' },
      }),
    ],
    ['a huge payload', 'A'.repeat(5000)],
  ])('call %s malformed', async (_, payload) => {
    expect(parsePayload(payload)).toBeUndefined();
    expect(await checkSolution(payload, SECRETS)).toEqual({ ok: false, problem: 'malformed' });
  });
});
