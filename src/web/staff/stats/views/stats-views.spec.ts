import type {
  CapacityReport,
  SelfServiceReport,
  SelfServiceRow,
  VisitRow,
  VisitsReport,
  WaitingReport,
} from '../../../../stats/stats.types.js';
import { toCapacityView } from './capacity.view.js';
import { toSelfServiceView } from './self-service.view.js';
import { csvLinks, toStatsSections } from './stats-page.view.js';
import type { ChartData } from './stats-view.js';
import { toVisitsView } from './visits.view.js';
import { toWaitingView } from './waiting.view.js';

const PERIOD = { from: '2026-12-01', to: '2026-12-07' };

function ssRow(key: string, label: string, selfService: number, visit: number, rate: number | null) {
  return {
    key,
    label,
    triages: selfService + visit + 1,
    selfService,
    visit,
    notYet: 1,
    elsewhere: 0,
    triedThenBooked: 2,
    callback: 0,
    callbackInsteadOfVisit: 0,
    callbacks: { booked: 0, solvedOnPhone: 0, sentToSelfService: 0, needsVisit: 0, noAnswer: 0, open: 0 },
    withoutVisit: selfService,
    selfServiceRate: rate,
  } satisfies SelfServiceRow;
}

const selfService: SelfServiceReport = {
  period: PERIOD,
  by: 'channel',
  targetPercent: 50,
  total: ssRow('total', 'I alt', 1200, 1650, 42.1),
  rows: [ssRow('online', 'Online', 1000, 1000, 50), ssRow('phone', 'Telefon', 200, 650, 23.5)],
  clicks: [{ errand: 'PAS', label: 'Pas: Søg om pas på borger.dk', option: 'borger_dk', clicks: 1234 }],
};

function visitRow(key: string, label: string, booked: number): VisitRow {
  return {
    key,
    label,
    booked,
    walkIns: 3,
    checkedIn: 8,
    cancelledByCitizen: 1,
    cancelledByMunicipality: 2,
    noShows: 1,
    noShowRate: 11.1,
    completed: 8,
    outcomes: { selfServedWithHelp: 4, doneByAdviser: 3, notResolved: 1 },
    canDoAlone: 3,
    canDoAloneRate: 37.5,
  };
}

const visits: VisitsReport = {
  period: PERIOD,
  total: visitRow('total', 'I alt', 20),
  rows: [visitRow('PAS', 'Pas', 12), visitRow('KORT', 'Kørekort', 8)],
};

const waiting: WaitingReport = {
  period: PERIOD,
  rows: [
    { location: 'AAR', label: 'Aarhus', day: '2026-12-02', calls: 10, medianMinutes: 7.5, p90Minutes: 21 },
    { location: 'AAR', label: 'Aarhus', day: '2026-12-01', calls: 4, medianMinutes: 5, p90Minutes: 9 },
    {
      location: 'EBT',
      label: 'Ebeltoft',
      day: '2026-12-02',
      calls: 0,
      medianMinutes: null,
      p90Minutes: null,
    },
  ],
  firstFree: [
    {
      errand: 'PAS',
      errandLabel: 'Pas',
      location: 'AAR',
      locationLabel: 'Aarhus',
      day: '2026-12-02',
      days: 4,
    },
    {
      errand: 'PAS',
      errandLabel: 'Pas',
      location: 'AAR',
      locationLabel: 'Aarhus',
      day: '2026-12-01',
      days: 9,
    },
    {
      errand: 'PAS',
      errandLabel: 'Pas',
      location: 'AAR',
      locationLabel: 'Aarhus',
      day: '2026-12-03',
      days: null,
    },
    {
      errand: 'PAS',
      errandLabel: 'Pas',
      location: 'EBT',
      locationLabel: 'Ebeltoft',
      day: '2026-12-01',
      days: 2,
    },
  ],
  // What the service sums up from the rows above.
  firstFreeSummary: [
    {
      errand: 'PAS',
      errandLabel: 'Pas',
      location: 'AAR',
      locationLabel: 'Aarhus',
      measurements: 3,
      latestDay: '2026-12-03',
      latestDays: null,
      averageDays: 6.5,
      maxDays: 9,
      nothingFree: 1,
    },
    {
      errand: 'PAS',
      errandLabel: 'Pas',
      location: 'EBT',
      locationLabel: 'Ebeltoft',
      measurements: 1,
      latestDay: '2026-12-01',
      latestDays: 2,
      averageDays: 2,
      maxDays: 2,
      nothingFree: 0,
    },
  ],
};

const capacity: CapacityReport = {
  period: PERIOD,
  rows: [
    {
      location: 'AAR',
      label: 'Aarhus',
      hotline: false,
      day: '2026-12-01',
      stationMinutes: 900,
      bookedMinutes: 450,
      stationUse: 50,
      adviserMinutes: 600,
      adviserUse: 75,
    },
    {
      location: 'AAR',
      label: 'Aarhus',
      hotline: false,
      day: '2026-12-02',
      stationMinutes: 0,
      bookedMinutes: 0,
      stationUse: null,
      adviserMinutes: 0,
      adviserUse: null,
    },
  ],
};

const chartData = (view: { data: string } | undefined) => JSON.parse(view!.data) as ChartData;

describe('the self-service section', () => {
  it('shows the rate against the target in Danish numbers, and whether the target is met', () => {
    const view = toSelfServiceView(selfService, 'da');
    expect(view.rate).toBe('42,1 %');
    expect(view.target).toBe('mål 50 %');
    expect(view.status).toEqual({ kind: 'warning', text: 'Under målet' });
    expect(toSelfServiceView({ ...selfService, targetPercent: 40 }, 'en').status).toEqual({
      kind: 'success',
      text: 'Target met',
    });
    const none = { ...selfService, total: { ...selfService.total, selfServiceRate: null } };
    expect(toSelfServiceView(none, 'da').status.kind).toBe('info');
  });

  it('tabulates every row and the total with the same numbers the chart draws', () => {
    const view = toSelfServiceView(selfService, 'da');
    expect(view.table.caption).toBe('Selvbetjening pr. kanal');
    expect(view.table.head[0]).toBe('Kanal');
    expect(view.table.rows.map((row) => [row.head, row.cells.at(-1), row.total])).toEqual([
      ['Online', '50,0 %', false],
      ['Telefon', '23,5 %', false],
      ['I alt', '42,1 %', true],
    ]);
    expect(view.table.rows[2].cells[0]).toBe('2.851');
    const chart = chartData(view.chart);
    expect(chart.labels).toEqual(['Online', 'Telefon']);
    expect(chart.series[0].values).toEqual([50, 23.5]);
    expect(chart.series[1]).toEqual({ label: 'Mål', values: [50, 50], line: true });
    expect(view.chart?.name).toBe('Andel selvbetjening pr. kanal med målet som linje');
    expect(view.clicks.rows).toEqual([{ head: 'Pas: Søg om pas på borger.dk', cells: ['1.234'] }]);
  });

  it('shows how the hotline calls ended per row, before the rate, and the calls of the period', () => {
    const calls = {
      booked: 1500,
      solvedOnPhone: 1021,
      sentToSelfService: 30,
      needsVisit: 200,
      noAnswer: 9,
      open: 240,
    };
    const phone = { ...ssRow('phone', 'Telefon', 200, 650, 61.9), callbacks: calls, withoutVisit: 1251 };
    const view = toSelfServiceView(
      { ...selfService, rows: [phone], total: { ...phone, key: 'total' } },
      'da',
    );
    expect(view.table.head.slice(-5)).toEqual([
      'Løst i telefonen',
      'Sendt til selvbetjening',
      'Skal møde op',
      'Intet svar',
      'Andel selvbetjening',
    ]);
    expect(view.table.rows[0].cells.slice(-5)).toEqual(['1.021', '30', '200', '9', '61,9 %']);
    expect(view.callbacks).toBe('Opkald fra hotlinen i perioden: 1.500, heraf 240 endnu ikke afsluttet');
    expect(toSelfServiceView(selfService, 'da').callbacks).toBeUndefined();
    expect(toSelfServiceView(selfService, 'da').table.rows[0].cells.slice(-5, -1)).toEqual([
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('draws nothing and says so when there are no rows', () => {
    const view = toSelfServiceView({ ...selfService, rows: [], clicks: [] }, 'da');
    expect(view.chart).toBeUndefined();
    expect(view.table.rows).toEqual([]);
    expect(view.clicks.rows).toEqual([]);
  });
});

describe('the visits section', () => {
  it('counts per errand with a total, and the outcomes with the share who can do it alone', () => {
    const view = toVisitsView(visits, 'da');
    expect(view.table.rows.map((row) => row.head)).toEqual(['Pas', 'Kørekort', 'I alt']);
    expect(view.table.rows[0].cells).toEqual(['12', '3', '8', '1', '2', '1', '11,1 %']);
    expect(view.outcomes.rows[2].cells).toEqual(['8', '4', '3', '1', '3', '37,5 %']);
    expect(chartData(view.chart).series.map((series) => series.values)).toEqual([
      [12, 8],
      [3, 3],
      [8, 8],
      [1, 1],
      [2, 2],
      [1, 1],
    ]);
    const outcomes = chartData(view.outcomesChart);
    expect(outcomes.stacked).toBe(true);
    expect(outcomes.series.map((series) => series.label)).toEqual([
      'Selvbetjent med hjælp',
      'Klaret af rådgiver',
      'Ikke løst',
    ]);
  });
});

describe('the waiting section', () => {
  it('lists each place and day, and draws the median per place over the sorted days', () => {
    const view = toWaitingView(waiting, 'da');
    expect(view.table.rows[0]).toEqual({
      head: 'Aarhus',
      cells: ['onsdag 2. december 2026', '10', '7,5 min.', '21,0 min.'],
    });
    expect(view.table.rows[2].cells.slice(2)).toEqual(['–', '–']);
    const chart = chartData(view.chart);
    expect(chart.labels).toEqual(['1/12', '2/12']);
    expect(chart.series).toEqual([
      { label: 'Aarhus', values: [5, 7.5] },
      { label: 'Ebeltoft', values: [null, null] },
    ]);
  });

  it('sums up the days until the first free time per errand and place', () => {
    const view = toWaitingView(waiting, 'da');
    expect(view.firstFree.rows).toEqual([
      { head: 'Pas', cells: ['Aarhus', '–', '6,5 dage', '9 dage', '1'] },
      { head: 'Pas', cells: ['Ebeltoft', '2 dage', '2,0 dage', '2 dage', '0'] },
    ]);
    const oneDay = toWaitingView(
      { ...waiting, firstFreeSummary: [{ ...waiting.firstFreeSummary[1], latestDays: 1, maxDays: 1 }] },
      'da',
    );
    expect(oneDay.firstFree.rows[0].cells.slice(1, 4)).toEqual(['1 dag', '2,0 dage', '1 dag']);
  });
});

describe('the capacity section', () => {
  it('shows hours and use per place and day, and a dash for a closed day', () => {
    const view = toCapacityView(capacity, 'da');
    expect(view.table.rows[0].cells).toEqual([
      'tirsdag 1. december 2026',
      '15,0 t.',
      '7,5 t.',
      '50,0 %',
      '10,0 t.',
      '75,0 %',
    ]);
    expect(view.table.rows[1].cells[3]).toBe('–');
    expect(chartData(view.chart).series).toEqual([
      { label: 'Aarhus: Stationsudnyttelse', values: [50, null] },
      { label: 'Aarhus: Rådgiverudnyttelse', values: [75, null], dashed: true },
    ]);
  });

  it('shows a hotline place as calls against its advisers, without stations', () => {
    const hotline = {
      location: 'HOTLINE',
      label: 'Borgerservice Hotline',
      hotline: true,
      day: '2026-12-01',
      stationMinutes: 0,
      bookedMinutes: 120,
      stationUse: null,
      adviserMinutes: 480,
      adviserUse: 25,
    };
    const view = toCapacityView({ ...capacity, rows: [capacity.rows[0], hotline] }, 'da');
    expect(view.table.rows[1]).toEqual({
      head: 'Borgerservice Hotline (opkald)',
      cells: ['tirsdag 1. december 2026', '–', '2,0 t.', '–', '8,0 t.', '25,0 %'],
    });
    expect(view.table.head[3]).toBe('Besøg eller opkald');
    expect(chartData(view.chart).series.map((series) => series.label)).toEqual([
      'Aarhus: Stationsudnyttelse',
      'Aarhus: Rådgiverudnyttelse',
      'Borgerservice Hotline (opkald): Rådgiverudnyttelse',
    ]);
  });
});

describe('the page', () => {
  it('names the period and links each section’s CSV with the same filter', () => {
    const sections = toStatsSections([selfService, visits, waiting, capacity], 'da');
    expect(sections.period).toBe('Perioden tirsdag 1. december 2026 til og med mandag 7. december 2026.');
    const links = csvLinks({ fra: '2026-12-01', til: '2026-12-07', vis: 'kanal' }, 'en');
    expect(links.selfService).toEqual({
      href: '/staff/statistik/selvbetjening.csv?fra=2026-12-01&til=2026-12-07&vis=kanal&lang=en',
      text: 'Download self-service as CSV',
    });
    expect(links.capacity.href).toMatch(/^\/staff\/statistik\/kapacitet\.csv\?/);
  });
});
