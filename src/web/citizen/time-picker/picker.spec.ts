import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import { LAYOUT_TEXTS } from '../../layout/layout.texts.js';
import type { FieldError } from '../../page/pages.service.js';
import { pickerDays } from './picker-days.js';
import { toTimePickerView, type TimePickerInput } from './time-picker.view.js';

const eta = new Eta({ views: fileURLToPath(new URL('../..', import.meta.url)), autoTrim: [false, 'nl'] });
const ZONE = 'Europe/Copenhagen';

function render(overrides: Partial<TimePickerInput> = {}, errors: FieldError[] = []): string {
  const picker = toTimePickerView({
    days: [
      { date: '2026-12-07', starts: [] },
      { date: '2026-12-08', starts: ['2026-12-08T10:00:00+01:00', '2026-12-08T10:15:00+01:00'] },
    ],
    zone: ZONE,
    language: 'da',
    now: new Date('2026-12-07T08:00:00Z'),
    dayHref: (date) => `/tid?dag=${date}`,
    ...overrides,
  });
  return eta.render('/citizen/time-picker/picker', { picker, page: { errors, t: LAYOUT_TEXTS.da } });
}

describe('picker.eta', () => {
  it('renders the shown day’s times as radios named tid, the first with id tid', () => {
    const html = render({ chosen: '2026-12-08T10:15:00+01:00' });
    expect(html).toContain(
      '<legend class="form-label picker-legend">Ledige tider tirsdag 8. december</legend>',
    );
    expect(html).toContain('id="tid" name="tid" value="2026-12-08T10:00:00+01:00">');
    expect(html).toContain('id="tid-2" name="tid" value="2026-12-08T10:15:00+01:00" checked>');
    expect(html).toContain('<label class="form-label" for="tid-2">10.15</label>');
  });

  it('links the days with times, marks the shown one and lists full days as text', () => {
    const html = render();
    expect(html).toMatch(
      /<a class="picker-day picker-day-current" href="\/tid\?dag=2026-12-08" aria-current="date">/,
    );
    expect(html).toMatch(
      /<span class="picker-day picker-day-full">\s*<span class="picker-day-name">mandag<\/span>/,
    );
  });

  it('says a full day is full and links the next day with times', () => {
    const html = render({ selectedDate: '2026-12-07' });
    expect(html).toContain('Der er ingen ledige tider mandag 7. december.');
    expect(html).toContain('<a id="tid" href="/tid?dag=2026-12-08">Se tider tirsdag 8. december</a>');
    expect(html).not.toContain('type="radio"');
  });

  it('shows the error at the field', () => {
    const html = render({}, [{ field: 'tid', message: 'Vælg en tid' }]);
    expect(html).toContain('<div class="form-group form-error">');
    expect(html).toContain('<fieldset aria-describedby="tid-error">');
    expect(html).toContain('<span class="sr-only">Fejl: </span>Vælg en tid</span>');
  });

  it('offers the first free time', () => {
    const html = render();
    expect(html).toContain('tirsdag 8. december kl. 10.00');
    expect(html).toContain('<a class="button button-secondary" href="/tid?dag=2026-12-08"');
  });

  it('escapes what it shows', () => {
    const html = render({ dayHref: (date) => `/tid?dag=${date}&x="><script>` });
    expect(html).not.toContain('"><script>');
  });
});

describe('pickerDays', () => {
  it('turns free slots into one start per time, with the place’s offset', () => {
    const location = {
      id: 'l',
      code: 'MAIN',
      name: 'M',
      address: '',
      timeZone: ZONE,
      slotMinutes: 15,
      stationIds: [],
      stations: [],
    };
    const start = Date.parse('2026-12-08T09:00:00Z');
    const slot = { start, end: start + 900_000, stationIds: ['a'], adviserIds: ['b'] };
    expect(
      pickerDays([
        {
          date: '2026-12-08',
          slots: [
            { location, slot },
            { location, slot: { ...slot, stationIds: ['c'] } },
          ],
        },
        { date: '2026-12-09', slots: [] },
      ]),
    ).toEqual([
      { date: '2026-12-08', starts: ['2026-12-08T10:00:00+01:00'] },
      { date: '2026-12-09', starts: [] },
    ]);
  });
});
