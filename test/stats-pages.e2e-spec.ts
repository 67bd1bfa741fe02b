import { jest } from '@jest/globals';
import request from 'supertest';
import { type Agent, decodeHtml, errorSummary } from './support/booking-pages.js';
import { givenAccount } from './support/factories.js';
import { open, signInOnPages, staffBrowser } from './support/staff-pages.js';
import { AFTER_WEEK, BEFORE_WEEK, givenStatsWeek, type StatsData, tableRows } from './support/stats-data.js';
import { createTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(60_000);

/*
 * The statistics page (/staff/statistik) with supertest, over the known week of
 * test/support/stats-data.ts (1–7 December 2026), read on 8 December. The target is 60 % here, so
 * the week's 54,2 % is below it.
 */

const PAGE = '/staff/statistik';
const WEEK = `${PAGE}?fra=2026-12-01&til=2026-12-07`;
const PAS = 'Nyt eller fornyet pas (voksen)';
const FLYT = 'Meld flytning';

describe('the statistics page', () => {
  let t: TestApp;
  let stats: Agent;
  let data: StatsData;

  beforeAll(async () => {
    t = await createTestApp({ now: BEFORE_WEEK, env: { SELF_SERVICE_TARGET_PERCENT: '60' } });
    data = await givenStatsWeek(t);
    t.clock.set(AFTER_WEEK);
    stats = (await staffBrowser(t, 'stats', { name: 'Stine Statistik' })).agent;
  });
  afterAll(() => t?.close());

  describe('who may see it', () => {
    it('sends someone not signed in to the sign-in page, and back afterwards', async () => {
      for (const path of [PAGE, `${PAGE}/selvbetjening.csv`]) {
        const res = await open(request.agent(t.http), path).expect(303);
        expect(res.headers.location).toBe(`/staff/log-ind?next=${encodeURIComponent(path)}`);
      }
    });

    it('refuses reception and advisers with 403, the page and its files alike', async () => {
      for (const role of ['reception', 'adviser'] as const) {
        const { agent } = await staffBrowser(t, role, { locations: [data.office] });
        await open(agent, WEEK).expect(403);
        await open(agent, `${PAGE}/selvbetjening.csv?fra=2026-12-01&til=2026-12-07`).expect(403);
      }
    });

    it('lands a stats-only account on the statistics page when it signs in', async () => {
      const account = await givenAccount(t, 'stats');
      const agent = request.agent(t.http);
      const signedIn = await signInOnPages(agent, account);
      expect(signedIn.headers.location).toBe(PAGE);
      const res = await open(agent, '/staff').expect(303);
      expect(res.headers.location).toBe(PAGE);
    });

    it('shows the page to the stats role and to admins, with the menu entry current', async () => {
      const { agent: admin } = await staffBrowser(t, 'admin');
      for (const agent of [stats, admin]) {
        const res = await open(agent, WEEK).expect(200);
        expect(res.text).toContain('<title>Statistik – Medarbejdere – Borgerservice</title>');
        expect(res.text).toMatch(/<a href="\/staff\/statistik" class="nav-link" aria-current="page">/);
      }
    });
  });

  describe('the numbers of the known week', () => {
    it('shows the self-service rate against the target, recomputed from the rows', async () => {
      const res = await open(stats, WEEK).expect(200);
      // Self-served: PAS 3 + FLYT 6 online + 1 phone + (4 − 1) at the desk = 13. Visits: PAS 4 + 1
      // who tried and came back, FLYT 2 + 1 phone + 2 at the desk + 1 who came back = 11.
      // 13 / 24 = 54.17 % → "54,2 %", below the target of 60 %.
      expect(decodeHtml(res.text)).toMatch(
        /<strong class="stats-rate-number">54,2 %<\/strong>\s*<span class="stats-rate-target">– mål 60 %<\/span>/,
      );
      expect(res.text).toContain('<div class="alert alert-warning stats-status">');
      expect(res.text).toContain('Under målet');
      expect(res.text).toContain('Perioden tirsdag 1. december 2026 til og med mandag 7. december 2026.');
      // Columns: triages, self-served, visit, not yet, elsewhere, tried then booked, the hotline's
      // calls (solved on the phone, sent to self-service, needs a visit, no answer: none this
      // week, see test/stats-callbacks.e2e-spec.ts), rate.
      expect(tableRows(res.text, 'table-self-service')).toEqual([
        // FLYT: online 6 + 2 + 1, phone 1 + 1, desk 4 + 2 = 17 triages; 10 / (10 + 6) = 62,5 %.
        [FLYT, '17', '10', '6', '0', '1', '0', '0', '0', '0', '0', '62,5 %'],
        // PAS: 3 + 1 + 4 + 1 = 9 triages; 3 / (3 + 5) = 37,5 %.
        [PAS, '9', '3', '5', '1', '0', '0', '0', '0', '0', '0', '37,5 %'],
        ['I alt', '26', '13', '11', '1', '1', '0', '0', '0', '0', '0', '54,2 %'],
      ]);
      // 7 + 2 in the week; the 5 of 30 November are outside it.
      expect(tableRows(res.text, 'table-clicks')).toEqual([[`${FLYT}: Meld flytning på borger.dk`, '9']]);
    });

    it('shows the rate per channel, each channel listed', async () => {
      const res = await open(stats, `${WEEK}&vis=kanal`).expect(200);
      expect(tableRows(res.text, 'table-self-service')).toEqual([
        // Online: PAS 3 / (3 + 5), FLYT 6 / (6 + 2) → 9 / 16 = 56,25 % → 56,3 %.
        ['Online', '18', '9', '7', '1', '1', '0', '0', '0', '0', '0', '56,3 %'],
        // The desk's roll-up: 3 / (3 + 3).
        ['Ved skranken', '6', '3', '3', '0', '0', '0', '0', '0', '0', '0', '50,0 %'],
        ['Telefon', '2', '1', '1', '0', '0', '0', '0', '0', '0', '0', '50,0 %'],
        ['I alt', '26', '13', '11', '1', '1', '0', '0', '0', '0', '0', '54,2 %'],
      ]);
      expect(res.text).toContain('<option value="kanal" selected>');
    });

    it('counts the visits per errand, their outcomes, waits and first free times', async () => {
      const res = await open(stats, WEEK).expect(200);
      // Three booked online: one completed, one no-show, one cancelled by the citizen. Due (not
      // cancelled, time come): 2, of which 1 no-show → 50,0 %.
      expect(tableRows(res.text, 'table-visits')).toEqual([
        [PAS, '3', '0', '1', '1', '0', '1', '50,0 %'],
        ['I alt', '3', '0', '1', '1', '0', '1', '50,0 %'],
      ]);
      // Completed 1: done by the adviser, can do it alone next time → 100,0 %.
      expect(tableRows(res.text, 'table-outcomes')[0]).toEqual([PAS, '1', '0', '1', '0', '1', '100,0 %']);
      // Checked in 09:52, called 10:04: 12 minutes, median and 90th percentile alike.
      expect(tableRows(res.text, 'table-waiting')).toEqual([
        ['Borgerservice Statistik', 'onsdag 2. december 2026', '1', '12,0 min.', '12,0 min.'],
      ]);
      // 3 then 5 days: latest 5, average 4, highest 5, no day without a free time.
      expect(tableRows(res.text, 'table-first-free')).toEqual([
        [PAS, 'Borgerservice Statistik', '5 dage', '4,0 dage', '5 dage', '0'],
      ]);
    });

    it('hands the charts the same numbers as the tables, in a data attribute', async () => {
      const res = await open(stats, WEEK).expect(200);
      const canvas =
        /<canvas id="chart-self-service" role="img" aria-label="([^"]*)" data-chart="([^"]*)">/.exec(
          res.text,
        );
      expect(canvas).not.toBeNull();
      expect(decodeHtml(canvas![1])).toBe(
        'Andel selvbetjening pr. ærinde med målet som linje. Tallene står i tabellen nedenfor.',
      );
      const chart = JSON.parse(decodeHtml(canvas![2])) as {
        labels: string[];
        series: { values: number[] }[];
      };
      expect(chart.labels).toEqual([FLYT, PAS]);
      expect(chart.series.map((series) => series.values)).toEqual([
        [62.5, 37.5],
        [60, 60],
      ]);
      // Scripts only from this origin, nothing inline.
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.text).toContain('<script src="/assets/chartjs/chart.umd.min.js" defer></script>');
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(res.text).not.toMatch(/\sstyle="/);
      await request(t.http)
        .get('/assets/chartjs/chart.umd.min.js')
        .expect(200)
        .expect('content-type', /javascript/);
    });

    it('speaks English with English numbers', async () => {
      const res = await open(stats, `${WEEK}&lang=en`).expect(200);
      expect(res.text).toContain('<strong class="stats-rate-number">54.2%</strong>');
      expect(res.text).toContain('Below target');
      expect(tableRows(res.text, 'table-self-service')[2]).toEqual([
        'Total',
        '26',
        '13',
        '11',
        '1',
        '1',
        '0',
        ...['0', '0', '0', '0'],
        '54.2%',
      ]);
    });
  });

  describe('the filter', () => {
    it('lists a date that does not exist and a reversed period in the error summary, with no numbers', async () => {
      const bad = await open(stats, `${PAGE}?fra=2026-02-30&til=2026-12-07`).expect(400);
      expect(errorSummary(bad.text)).toEqual(['fra: Skriv en dato, der findes, som 2026-12-03']);
      expect(bad.text).toContain('<title>Fejl: Statistik');
      expect(bad.text).not.toContain('table-self-service');
      const reversed = await open(stats, `${PAGE}?fra=2026-12-07&til=2026-12-01&vis=dag`).expect(400);
      expect(errorSummary(reversed.text)).toEqual([
        'til: Til-datoen må ikke ligge før fra-datoen',
        'vis: Vælg, hvad selvbetjeningen skal vises pr.',
      ]);
      expect(reversed.text).toMatch(/<input[^>]*id="til"[^>]*value="2026-12-01"[^>]*aria-invalid="true"/);
    });

    it('shows the last 30 days and today without dates', async () => {
      const res = await open(stats, PAGE).expect(200);
      expect(res.text).toContain('Perioden søndag 8. november 2026 til og med tirsdag 8. december 2026.');
      // Now also: the 5 self-served of 30 November, the 3 visits of 8 December and its 10 counted
      // self-served, and the 3 visit triages the set-up booked with on 25 November.
      // 28 / (28 + 17) = 62,2 %: the target of 60 % is met.
      expect(tableRows(res.text, 'table-self-service').at(-1)).toEqual([
        'I alt',
        '47',
        '28',
        '17',
        '1',
        '1',
        '0',
        ...['0', '0', '0', '0'],
        '62,2 %',
      ]);
      expect(res.text).toContain('<div class="alert alert-success stats-status">');
    });
  });

  describe('the CSV files', () => {
    it('gives the week’s self-service as CSV with the same numbers, for the session', async () => {
      const res = await open(stats, `${PAGE}/selvbetjening.csv?fra=2026-12-01&til=2026-12-07`).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="selvbetjening-2026-12-01-2026-12-07.csv"',
      );
      const lines = res.text.trim().split(/\r?\n/);
      expect(lines).toHaveLength(4);
      expect(lines.some((line) => line.includes('FLYT') && line.includes('62.5'))).toBe(true);
    });

    it('serves every section’s file, and sends a bad filter back to the page', async () => {
      for (const file of ['besoeg', 'ventetid', 'foerste-ledige-tid', 'kapacitet'])
        await open(stats, `${PAGE}/${file}.csv?fra=2026-12-01&til=2026-12-07`)
          .expect(200)
          .expect('content-type', 'text/csv; charset=utf-8');
      const bad = await open(stats, `${PAGE}/kapacitet.csv?fra=2026-12-07&til=2026-12-01`).expect(303);
      expect(bad.headers.location).toBe(`${PAGE}?fra=2026-12-07&til=2026-12-01&vis=aerinde`);
    });

    it('links each file from the page with the same filter', async () => {
      const res = await open(stats, `${WEEK}&vis=uge`).expect(200);
      expect(res.text).toContain(
        '<a href="/staff/statistik/selvbetjening.csv?fra=2026-12-01&amp;til=2026-12-07&amp;vis=uge" download>Hent selvbetjening som CSV</a>',
      );
    });
  });

  it('answers an unknown file with 404, not 500', async () => {
    const res = await open(stats, `${PAGE}/andet.csv`).expect(404);
    expect(res.text).toContain('<title>');
  });
});
