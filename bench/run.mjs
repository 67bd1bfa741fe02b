// npm run bench: starts the built API on a fresh database with the demo data plus 2,000 generated
// bookings, drives it with autocannon and prints requests/s and latency per endpoint, then a
// contention run (200 concurrent bookings of one start), then the statistics over a generated year
// (bench/stats.mjs). Targets (2 cores, measured in one run): GET /availability over 14 days p99 <=
// 50 ms at 10 connections; POST /bookings >= 1,000/s; the citizen pages (start page, time picker)
// p99 <= 50 ms at 10 connections; every statistics query over a year p95 <= 200 ms.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';
import { startEmbeddedPostgres } from '../dist/src/database/embedded-postgres.js';
import { statsPhase, statsSummary } from './stats.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const EXISTING_BOOKINGS = 2000;
const CONTENDERS = 200;
/** BENCH_PHASES=pages,bookings runs only those phases (health, hostile, triage, availability, pages, bookings, contention, callbacks, stats). */
const PHASES = new Set(
  (
    process.env.BENCH_PHASES ?? 'health,hostile,triage,availability,pages,bookings,contention,callbacks,stats'
  ).split(','),
);
/** The 2,000 existing bookings are for the load phases; the statistics phase brings its own year. */
const SEED_BOOKINGS = [...PHASES].some((phase) => phase !== 'stats');
/** The body that once answered 500 and slowed every other request ~600x: 4 KB of nested arrays. */
const HOSTILE_BODY = '['.repeat(2000) + ']'.repeat(2000);
const HOSTILE_SENDERS = 20;
const TARGET_AVAILABILITY_P99_MS = 50;
const TARGET_BOOKINGS_PER_SECOND = 1000;
const TARGET_PAGES_P99_MS = 50;

const log = (line) => process.stderr.write(`bench: ${line}\n`);

/** A free port below the ephemeral range (see shared/STACK.md: load tools and self-connects). */
async function freePort() {
  for (let port = 20000 + Math.floor(Math.random() * 10000); ; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

async function startDatabase() {
  const name = `borgerservice_bench_${randomBytes(4).toString('hex')}`;
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl) {
    const dataDir = `.data/bench-${process.pid}`;
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
    serverUrl = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.password`, { force: true });
    };
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await stopServer();
    },
  };
}

async function startApi(databaseUrl, port) {
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the API under load.
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  // The same V8 flag as `npm start`: a larger young generation means fewer garbage collections
  // for the many short-lived objects of each request (measured: availability p99 ~55 -> ~40 ms).
  nodeArgs.unshift('--max-semi-space-size=32');
  const child = spawn(process.execPath, [...nodeArgs, 'dist/src/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
      // Room for thousands of bookings on distinct slots within one run.
      BOOKING_HORIZON_DAYS: '366',
      MAX_ACTIVE_BOOKINGS_PER_CONTACT: '100',
      // The load generator is one client that books thousands of times without solving challenges:
      // challenges off (as for a trusted integration), rate limits counted but far out of reach.
      ALTCHA_ENABLED: 'false',
      RATE_LIMIT_FACTOR: '1000000',
    },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      const text = String(chunk);
      if (text.includes('listening on')) resolve();
      if (text.includes('cannot start')) reject(new Error(text.trim()));
    });
    child.once('exit', (code) => reject(new Error(`API exited with ${code}`)));
  });
  return child;
}

async function call(base, path, { method = 'GET', body, headers = {} } = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body && JSON.stringify(body),
  });
  return {
    status: res.status,
    body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text(),
  };
}

/** Triage sessions for bookings, written straight into the database (the API's triage is measured separately). */
async function insertVisitTriages(db, count) {
  const { rows } = await db.query(
    `INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en, option_keys, language, created_at, expires_at)
     SELECT e.id, e.version, '{"has_mitid": true, "has_old_passport": true}', 'visit', 'bench', 'bench', 'bench', '{}', 'da', now(), now() + interval '1 day'
     FROM errands e, generate_series(1, $1) WHERE e.code = 'PAS_VOKSEN'
     RETURNING id`,
    [count],
  );
  return rows.map((row) => row.id);
}

/** Triages that offer a callback ("Få MitID", MitID stopped working), written straight into the database. */
async function insertCallbackTriages(db, count) {
  const { rows } = await db.query(
    `INSERT INTO triage_sessions (errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en, option_keys, language, created_at, expires_at)
     SELECT e.id, e.version, '{"mitid_stopped_working": true, "has_chip_id": true, "has_cpr": true}', 'callback',
            'mitid-trouble', 'bench', 'bench', '{}', 'da', now(), now() + interval '1 day'
     FROM errands e, generate_series(1, $1) WHERE e.code = 'MITID_NY'
     RETURNING id`,
    [count],
  );
  return rows.map((row) => row.id);
}

/**
 * Callbacks: the hotline's free call times over two weeks under load, then CONTENDERS concurrent
 * callbacks of one start (each its own triage and phone number): exactly as many succeed as hotline
 * advisers are free then (the adviser exclusion constraint), the rest answer 409 SLOT_TAKEN.
 */
async function callbacksPhase(base, db, range) {
  const [probe] = await insertCallbackTriages(db, 1);
  const availability = await run({
    url: `${base}/availability?triage=${probe}&location=HOTLINE&from=${range.from}&to=${range.to}`,
  });
  const days = (
    await call(base, `/availability?triage=${probe}&location=HOTLINE&from=${range.from}&to=${range.to}`)
  ).body.days;
  const counts = new Map();
  for (const day of days ?? [])
    for (const slot of day.slots)
      counts.set(slot.start, (counts.get(slot.start) ?? 0) + (slot.capacity ?? 1));
  const [start, capacity] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!start) return { availability };
  const triages = await insertCallbackTriages(db, CONTENDERS);
  const answers = await Promise.all(
    triages.map((triage, i) =>
      call(base, '/bookings', {
        method: 'POST',
        headers: { 'idempotency-key': randomUUID() },
        body: {
          triage,
          start,
          location: 'HOTLINE',
          citizen: { name: 'Bench Borger', phone: String(30_000_000 + i) },
        },
      }),
    ),
  );
  const created = answers.filter((a) => a.status === 201).length;
  const taken = answers.filter((a) => a.status === 409 && a.body.code === 'SLOT_TAKEN').length;
  for (const other of answers.filter((a) => a.status !== 201 && a.status !== 409).slice(0, 3))
    log(`unexpected answer in callback contention: ${other.status} ${JSON.stringify(other.body)}`);
  const {
    rows: [{ overlaps }],
  } = await db.query(
    `SELECT count(*)::int AS overlaps FROM bookings a JOIN bookings b
       ON a.adviser_id = b.adviser_id AND a.id < b.id AND a.status <> 'cancelled' AND b.status <> 'cancelled'
      AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`,
  );
  return {
    availability,
    contention: {
      run: 'callbacks, one start',
      start,
      location: 'HOTLINE',
      'capacity shown': capacity,
      201: created,
      '409 SLOT_TAKEN': taken,
      other: CONTENDERS - created - taken,
      'adviser overlaps': overlaps,
    },
  };
}

/** Every free (start, location) unit over the horizon, one entry per unit of capacity. */
async function freeUnits(base, triage, days) {
  const units = [];
  const today = new Date();
  for (let offset = 0; offset < days; offset += 31) {
    const from = new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(today.getTime() + Math.min(offset + 30, days - 1) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const res = await call(base, `/availability?triage=${triage}&from=${from}&to=${to}`);
    for (const day of res.body.days) {
      for (const slot of day.slots)
        for (let i = 0; i < slot.capacity; i++)
          units.push({ start: slot.start, location: slot.location.code });
    }
  }
  return units;
}

async function book(base, triage, unit) {
  return call(base, '/bookings', {
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    body: {
      triage,
      start: unit.start,
      location: unit.location,
      // An online booking needs a contact.
      citizen: { name: 'Bench Borger', email: `borger-${randomUUID()}@bench.example` },
    },
  });
}

/** Books `count` units spread over the whole list, `parallel` at a time. */
async function bookSpread(base, triages, units, count, parallel = 16) {
  const step = units.length / count;
  const chosen = Array.from({ length: count }, (_, i) => units[Math.floor(i * step)]);
  const taken = new Set(chosen);
  let next = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < chosen.length) {
        const i = next++;
        const res = await book(base, triages[i], chosen[i]);
        if (res.status !== 201) failures++;
      }
    }),
  );
  return { failures, remaining: units.filter((unit) => !taken.has(unit)) };
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: SECONDS, connections: CONNECTIONS, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function row(name, result) {
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    endpoint: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx/errors': non2xx,
  };
}

async function contention(base, db, unit, label) {
  const triages = await insertVisitTriages(db, CONTENDERS);
  const answers = await Promise.all(triages.map((triage) => book(base, triage, unit)));
  const count = (status) => answers.filter((a) => a.status === status).length;
  const created = count(201);
  const conflicts = answers.filter((a) => a.status === 409 && a.body.code === 'SLOT_TAKEN').length;
  const others = answers.filter(
    (a) => a.status !== 201 && !(a.status === 409 && a.body.code === 'SLOT_TAKEN'),
  );
  for (const other of others.slice(0, 3))
    log(`unexpected answer in contention run: ${other.status} ${JSON.stringify(other.body)}`);
  return {
    run: label,
    start: unit.start,
    location: unit.location,
    'capacity shown': unit.capacity,
    201: created,
    '409 SLOT_TAKEN': conflicts,
    other: CONTENDERS - created - conflicts,
  };
}

/**
 * Every request books its own free unit with its own triage (and its own e-mail address, as most
 * citizens give one, so the contact-limit check runs); units are shuffled so that concurrent
 * requests rarely compete for one station.
 */
async function bookDistinctSlots(base, db, units) {
  const free = [...units].sort(() => Math.random() - 0.5);
  const triages = await insertVisitTriages(db, free.length);
  let next = 0;
  const result = await run({
    url: `${base}/bookings`,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const i = next++;
          if (i >= free.length) return request; // out of slots: the run would show non-2xx
          const citizen = { name: 'Bench Borger', email: `borger-${i}@bench.example` };
          return {
            ...request,
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: JSON.stringify({
              triage: triages[i],
              start: free[i].start,
              location: free[i].location,
              citizen,
            }),
          };
        },
      },
    ],
  });
  if (next > free.length) log(`warning: ran out of free slots after ${free.length} bookings`);
  return result;
}

async function main() {
  const database = await startDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let api;
  const db = new pg.Client({ connectionString: database.url });
  try {
    api = await startApi(database.url, port);
    await db.connect();
    log(`API on ${base}; generating ${SEED_BOOKINGS ? EXISTING_BOOKINGS : 0} existing bookings`);

    const probe = (await insertVisitTriages(db, 1))[0];
    const units = SEED_BOOKINGS ? await freeUnits(base, probe, 366) : [];
    const seeded = SEED_BOOKINGS
      ? await bookSpread(base, await insertVisitTriages(db, EXISTING_BOOKINGS), units, EXISTING_BOOKINGS)
      : { failures: 0, remaining: [] };
    if (seeded.failures > 0) throw new Error(`${seeded.failures} of the generated bookings failed`);
    const {
      rows: [{ count: existing }],
    } = await db.query(`SELECT count(*)::int AS count FROM bookings WHERE status = 'booked'`);
    log(`${existing} bookings in the database; ${seeded.remaining.length} free units left`);

    const visitTriage = (
      await call(base, '/triage', {
        method: 'POST',
        body: { errand: 'PAS_VOKSEN', answers: { has_mitid: true, has_old_passport: true } },
      })
    ).body.id;
    const today = new Date().toISOString().slice(0, 10);
    const in14 = new Date(Date.now() + 13 * 86_400_000).toISOString().slice(0, 10);
    const results = [];
    const measured = {};

    if (PHASES.has('health')) {
      log('GET /health');
      results.push(row('GET /health', await run({ url: `${base}/health` })));
    }
    if (PHASES.has('hostile')) {
      log(`GET /health while ${HOSTILE_SENDERS} connections post nested bodies`);
      const [health, hostile] = await Promise.all([
        run({ url: `${base}/health` }),
        run({
          url: `${base}/triage`,
          connections: HOSTILE_SENDERS,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: HOSTILE_BODY,
        }),
      ]);
      results.push(row(`GET /health, ${HOSTILE_SENDERS} hostile senders`, health));
      // Their answers are 400 by design: non-2xx here counts anything but 400.
      const refused = hostile.statusCodeStats?.['400']?.count ?? 0;
      results.push({
        ...row('POST /triage nested 2000 deep', hostile),
        'non-2xx/errors': hostile.requests.total - refused,
      });
    }
    if (PHASES.has('triage')) {
      log('POST /triage');
      const body = JSON.stringify({ errand: 'FLYT', answers: { has_mitid: true, moving_abroad: false } });
      const headers = { 'content-type': 'application/json' };
      results.push(row('POST /triage', await run({ url: `${base}/triage`, method: 'POST', headers, body })));
    }
    if (PHASES.has('availability')) {
      log('GET /availability (14 days)');
      measured.availability = await run({
        url: `${base}/availability?triage=${visitTriage}&from=${today}&to=${in14}`,
      });
      results.push(row('GET /availability 14 days', measured.availability));
    }
    if (PHASES.has('pages')) {
      // A browser's request: the pages answer HTML, with the design system's assets cached.
      const headers = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
      log('GET / (start page) and the time picker');
      measured.start = await run({ url: `${base}/`, headers });
      results.push(row('GET / start page', measured.start));
      measured.search = await run({ url: `${base}/?q=${encodeURIComponent('mistet mit pas')}`, headers });
      results.push(row('GET /?q=mistet mit pas', measured.search));
      measured.picker = await run({ url: `${base}/book/${visitTriage}/tid?sted=MAIN`, headers });
      results.push(row('GET /book/:triage/tid time picker', measured.picker));
    }
    if (PHASES.has('bookings')) {
      log('POST /bookings on distinct slots');
      measured.bookings = await bookDistinctSlots(base, db, seeded.remaining);
      results.push(row('POST /bookings distinct slots', measured.bookings));
    }
    const contentionRows = [];
    if (PHASES.has('contention')) {
      log(`contention: ${CONTENDERS} concurrent bookings of one start`);
      const byStart = new Map();
      for (const unit of await freeUnits(base, probe, 60)) {
        const key = `${unit.start}|${unit.location}`;
        byStart.set(key, { ...unit, capacity: (byStart.get(key)?.capacity ?? 0) + 1 });
      }
      const candidates = [...byStart.values()].sort((a, b) => b.capacity - a.capacity);
      contentionRows.push(await contention(base, db, candidates[0], 'widest slot'));
      const single = candidates.find((unit) => unit.capacity === 1);
      if (single) contentionRows.push(await contention(base, db, single, 'capacity 1'));
    }
    if (PHASES.has('callbacks')) {
      log(`callbacks: GET /availability at the hotline, then ${CONTENDERS} concurrent calls of one start`);
      const callbacks = await callbacksPhase(base, db, { from: today, to: in14 });
      measured.callbackAvailability = callbacks.availability;
      results.push(row('GET /availability 14 days, callbacks', callbacks.availability));
      if (callbacks.contention) contentionRows.push(callbacks.contention);
    }
    // Last: its year of rows would change what the load phases measure.
    const stats = PHASES.has('stats') ? await statsPhase(base, db, log) : undefined;

    const rss = readFileSync(`/proc/${api.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1];
    process.stdout.write(
      `\nBorgerservice API benchmark — ${SECONDS} s per endpoint, ${CONNECTIONS} connections, ${existing} existing bookings\n`,
    );
    if (results.length > 0) console.table(results);
    if (contentionRows.length > 0) console.table(contentionRows);
    if (stats) {
      process.stdout.write(
        `\nStatistics over a year, ${stats.rows[0].requests} sequential requests per query after a warm-up\n`,
      );
      console.table(stats.rows);
      console.table(stats.sizes);
    }
    const invariantHolds = contentionRows.every(
      (r) => r['201'] === r['capacity shown'] && r.other === 0 && (r['adviser overlaps'] ?? 0) === 0,
    );
    const lines = [`API peak memory (VmHWM): ${rss ? Math.round(Number(rss) / 1024) : '?'} MiB`];
    for (const [name, result] of [
      ['availability', measured.availability],
      ['callback availability', measured.callbackAvailability],
    ].filter(([, result]) => result)) {
      const p99 = result.latency.p99;
      const verdict = p99 <= TARGET_AVAILABILITY_P99_MS ? 'met' : 'MISSED';
      lines.push(`${name} p99 ${p99} ms (target <= ${TARGET_AVAILABILITY_P99_MS}): ${verdict}`);
    }
    for (const page of ['start', 'search', 'picker'].filter((name) => measured[name])) {
      const p99 = measured[page].latency.p99;
      const verdict = p99 <= TARGET_PAGES_P99_MS && measured[page].non2xx === 0 ? 'met' : 'MISSED';
      lines.push(`page ${page} p99 ${p99} ms (target <= ${TARGET_PAGES_P99_MS}): ${verdict}`);
    }
    if (measured.bookings) {
      const rate = measured.bookings.requests.average;
      const verdict = rate >= TARGET_BOOKINGS_PER_SECOND ? 'met' : 'MISSED';
      lines.push(`bookings ${Math.round(rate)}/s (target >= ${TARGET_BOOKINGS_PER_SECOND}): ${verdict}`);
    }
    if (contentionRows.length > 0) {
      lines.push(
        `contention: 201s equal the capacity shown and no other status: ${invariantHolds ? 'yes' : 'NO'}`,
      );
    }
    if (stats) lines.push(...statsSummary(stats));
    process.stdout.write(`${lines.join('\n')}\n`);
    // A statistics query that answers an error (a 503 after the statement timeout included) is a defect.
    const statsAnswered = !stats || stats.rows.every((r) => r['non-2xx'] === 0);
    process.exitCode = invariantHolds && statsAnswered ? 0 : 1;
  } finally {
    await db.end().catch(() => {});
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
    }
    await database.stop();
  }
}

main().catch((error) => {
  log(`failed: ${error.stack ?? error}`);
  process.exit(1);
});
