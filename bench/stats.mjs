// Bench phase `stats`: a year of one municipality (bench/year.mjs), then every statistics query
// over the whole year, one request at a time as a statistician would send them; p50/p95/max per
// query against the target p95 <= 200 ms.
import { generateYear, tableSizes } from './year.mjs';

export const TARGET_STATS_P95_MS = 200;
const RUNS = Number(process.env.BENCH_STATS_RUNS ?? 30);
const WARM_UP = 3;
/** The demo's statistics account; the administrator may read the numbers too. */
const ACCOUNTS = [
  { email: 'statistik@syddjurs-demo.dk', password: 'demo-stats-2026' },
  { email: 'admin@syddjurs-demo.dk', password: 'demo-admin-2026' },
];

async function signIn(base) {
  for (const account of ACCOUNTS) {
    const res = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account),
    });
    if (res.ok) return (await res.json()).accessToken;
  }
  throw new Error('neither the demo stats nor the demo admin account could sign in');
}

function queries({ from, to }) {
  const period = `from=${from}&to=${to}`;
  return [
    ...['errand', 'location', 'channel', 'week', 'month'].map(
      (by) => `/stats/self-service?${period}&by=${by}`,
    ),
    `/stats/visits?${period}`,
    `/stats/waiting?${period}`,
    `/stats/capacity?${period}`,
    `/stats/self-service.csv?${period}&by=week`,
  ];
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** One query RUNS times after a warm-up, sequentially; the body is read in full each time. */
async function measure(base, token, path) {
  const headers = { authorization: `Bearer ${token}` };
  const times = [];
  let failures = 0;
  let lastFailure;
  let bytes = 0;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { headers });
    const body = await res.text();
    const ms = performance.now() - started;
    if (i < WARM_UP) continue;
    times.push(ms);
    if (res.ok) bytes = Buffer.byteLength(body);
    else {
      failures++;
      lastFailure = `${res.status} ${body.slice(0, 200)}`;
    }
  }
  times.sort((a, b) => a - b);
  return { times, failures, lastFailure, bytes };
}

/** Generates the year into `db`, VACUUM ANALYZEs it and measures the statistics over it. */
export async function statsPhase(base, db, log) {
  log('stats: generating a year of one municipality');
  const rollup = process.env.BENCH_YEAR_ROLLUP !== 'false';
  const year = await generateYear(db, { rollup, log });
  // A year-old table has long been vacuumed: the visibility map makes index-only scans possible.
  const vacuumStarted = performance.now();
  await db.query('VACUUM (ANALYZE) triage_sessions, triage_days, bookings, self_service_clicks');
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  const sizes = await tableSizes(db);
  const token = await signIn(base);
  const rows = [];
  for (const path of queries(year.period)) {
    log(`stats: GET ${path}`);
    const { times, failures, lastFailure, bytes } = await measure(base, token, path);
    if (lastFailure) log(`  failed ${failures}×, last: ${lastFailure}`);
    const p95 = percentile(times, 95);
    rows.push({
      query: `GET ${path.replace(/from=[^&]+&to=[^&]+&?/, '').replace(/\?$/, '')}`,
      'p50 ms': Math.round(percentile(times, 50)),
      'p95 ms': Math.round(p95),
      'max ms': Math.round(times.at(-1)),
      requests: times.length,
      'non-2xx': failures,
      'body KB': Math.round(bytes / 1024),
      [`p95 <= ${TARGET_STATS_P95_MS} ms`]: p95 <= TARGET_STATS_P95_MS && failures === 0 ? 'pass' : 'FAIL',
    });
  }
  return { year, vacuumSeconds, sizes, rows, rollup };
}

/** The lines the bench prints after its tables. */
export function statsSummary({ year, vacuumSeconds, rows, rollup }) {
  const c = year.counts;
  const verdict = `p95 <= ${TARGET_STATS_P95_MS} ms`;
  const passed = rows.filter((r) => r[verdict] === 'pass').length;
  const missed = rows.filter((r) => r[verdict] !== 'pass').map((r) => r.query);
  return [
    `stats year ${year.period.from}..${year.period.to}: generated in ${year.seconds.toFixed(1)} s ` +
      `(VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s): ${c['uncounted rows'] + c['triages in triage_days']} triages ` +
      `(${c['triage rows']} rows, of them ${c['uncounted rows']} not counted yet; ${c['triages in triage_days']} ` +
      `counted into ${c['triage_days rows']} triage_days rows` +
      `${rollup ? '' : '; roll-up off'}), ${c.bookings} bookings`,
    `stats queries over the year, p95 <= ${TARGET_STATS_P95_MS} ms: ${passed} of ${rows.length} met` +
      (missed.length > 0 ? ` (MISSED: ${missed.join(', ')})` : ''),
  ];
}
