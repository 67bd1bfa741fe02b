import { GROUP_FROM, pickedTime, toTimePickerView, type TimePickerInput } from './time-picker.view.js';

const ZONE = 'Europe/Copenhagen';
const NOW = new Date('2026-12-07T08:00:00Z');

/** Quarter-hour starts on a local day from `first` ("09:00") on, in winter (+01:00). */
function starts(date: string, first: string, count: number): string[] {
  const [hours, minutes] = first.split(':').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const total = hours * 60 + minutes + i * 15;
    const hh = String(Math.floor(total / 60)).padStart(2, '0');
    const mm = String(total % 60).padStart(2, '0');
    return `${date}T${hh}:${mm}:00+01:00`;
  });
}

function input(overrides: Partial<TimePickerInput> = {}): TimePickerInput {
  return {
    days: [
      { date: '2026-12-07', starts: [] },
      { date: '2026-12-08', starts: starts('2026-12-08', '10:00', 3) },
      { date: '2026-12-09', starts: starts('2026-12-09', '09:00', 2) },
    ],
    zone: ZONE,
    language: 'da',
    now: NOW,
    dayHref: (date) => `/tid?dag=${date}`,
    ...overrides,
  };
}

describe('toTimePickerView', () => {
  it('lists every day of the range, full days marked rather than left out', () => {
    const view = toTimePickerView(input());
    expect(view.days.map((day) => [day.date, day.full, day.countText])).toEqual([
      ['2026-12-07', true, 'Ingen ledige tider'],
      ['2026-12-08', false, '3 ledige tider'],
      ['2026-12-09', false, '2 ledige tider'],
    ]);
    expect(view.days[1]).toMatchObject({
      weekday: 'tirsdag',
      dayOfMonth: '8. december',
      label: 'tirsdag 8. december',
      href: '/tid?dag=2026-12-08',
    });
  });

  it('shows the first day with free times when no day is asked for', () => {
    const view = toTimePickerView(input());
    expect(view.day?.date).toBe('2026-12-08');
    expect(view.days.filter((day) => day.current).map((day) => day.date)).toEqual(['2026-12-08']);
    expect(view.day?.legend).toBe('Ledige tider tirsdag 8. december');
    expect(view.day?.groups).toEqual([
      {
        times: [
          { id: 'tid', value: '2026-12-08T10:00:00+01:00', label: '10.00', checked: false },
          { id: 'tid-2', value: '2026-12-08T10:15:00+01:00', label: '10.15', checked: false },
          { id: 'tid-3', value: '2026-12-08T10:30:00+01:00', label: '10.30', checked: false },
        ],
      },
    ]);
  });

  it('shows the asked day, and the chosen time checked', () => {
    const view = toTimePickerView(input({ selectedDate: '2026-12-09', chosen: '2026-12-09T09:15:00+01:00' }));
    expect(view.day?.date).toBe('2026-12-09');
    expect(view.day?.groups[0].times.map((time) => time.checked)).toEqual([false, true]);
  });

  it('opens on the chosen time’s day when no day is asked for', () => {
    expect(toTimePickerView(input({ chosen: '2026-12-09T09:00:00+01:00' })).day?.date).toBe('2026-12-09');
  });

  it('ignores a day outside the range', () => {
    expect(toTimePickerView(input({ selectedDate: '2027-03-01' })).day?.date).toBe('2026-12-08');
  });

  it('says a full day is full and offers the next day with times', () => {
    const view = toTimePickerView(input({ selectedDate: '2026-12-07' }));
    expect(view.day).toMatchObject({ full: true, groups: [{ times: [] }] });
    expect(view.day?.next).toEqual({ label: 'Se tider tirsdag 8. december', href: '/tid?dag=2026-12-08' });
  });

  it('offers no next day after the last day with times', () => {
    const days = [...input().days, { date: '2026-12-10', starts: [] }];
    const view = toTimePickerView(input({ days, selectedDate: '2026-12-10' }));
    expect(view.day?.full).toBe(true);
    expect(view.day?.next).toBeUndefined();
  });

  it('names the first free time and links to its day by default', () => {
    const view = toTimePickerView(input());
    expect(view.firstFree).toEqual({
      value: '2026-12-08T10:00:00+01:00',
      label: 'tirsdag 8. december kl. 10.00',
      href: '/tid?dag=2026-12-08',
    });
    expect(view.none).toBe(false);
  });

  it('sends the first-free shortcut straight on when the caller says where', () => {
    const view = toTimePickerView(input({ timeHref: (start) => `/kontakt?tid=${start}` }));
    expect(view.firstFree?.href).toBe('/kontakt?tid=2026-12-08T10:00:00+01:00');
  });

  it('says so when no day has a free time', () => {
    const days = [
      { date: '2026-12-07', starts: [] },
      { date: '2026-12-08', starts: [] },
    ];
    const view = toTimePickerView(input({ days }));
    expect(view.none).toBe(true);
    expect(view.firstFree).toBeUndefined();
    expect(view.day).toMatchObject({ date: '2026-12-07', full: true, next: undefined });
  });

  it('splits a long day at noon, as the place’s clock reads', () => {
    const long = starts('2026-12-08', '10:00', GROUP_FROM + 3); // 10.00 … 12.45
    const view = toTimePickerView(input({ days: [{ date: '2026-12-08', starts: long }] }));
    expect(view.day?.groups.map((group) => [group.heading, group.times.length])).toEqual([
      ['Formiddag', 8],
      ['Eftermiddag', 4],
    ]);
    expect(view.day?.groups[1].times[0]).toMatchObject({ id: 'tid-9', label: '12.00' });
  });

  it('keeps a long day in one list when it is all morning', () => {
    const long = starts('2026-12-08', '08:00', GROUP_FROM + 2);
    const view = toTimePickerView(input({ days: [{ date: '2026-12-08', starts: long }] }));
    expect(view.day?.groups).toHaveLength(1);
    expect(view.day?.groups[0].heading).toBeUndefined();
  });

  it('reads summer times in summer time', () => {
    const days = [{ date: '2026-07-01', starts: ['2026-07-01T10:00:00+02:00'] }];
    const view = toTimePickerView(input({ days, now: new Date('2026-06-30T08:00:00Z'), language: 'en' }));
    expect(view.day?.groups[0].times[0].label).toBe('10:00');
    expect(view.firstFree?.label).toBe('Wednesday 1 July, 10:00');
    expect(view.days[0].countText).toBe('1 free time');
  });

  it('names the year of a day in another year', () => {
    const days = [{ date: '2027-01-04', starts: ['2027-01-04T09:00:00+01:00'] }];
    const view = toTimePickerView(input({ days, now: new Date('2026-12-30T12:00:00Z') }));
    expect(view.days[0].label).toBe('mandag 4. januar 2027');
  });

  it('links the days before and after these', () => {
    const view = toTimePickerView(input({ earlier: '2026-11-23', later: '2026-12-10' }));
    expect(view.earlier).toEqual({ href: '/tid?dag=2026-11-23' });
    expect(view.later).toEqual({ href: '/tid?dag=2026-12-10' });
    expect(toTimePickerView(input())).not.toHaveProperty('later');
  });

  it('speaks English', () => {
    const view = toTimePickerView(input({ language: 'en', selectedDate: '2026-12-07' }));
    expect(view.days[0].countText).toBe('No free times');
    expect(view.day?.legend).toBe('Free times on Monday 7 December');
    expect(view.day?.next?.label).toBe('See times on Tuesday 8 December');
  });
});

describe('pickedTime', () => {
  it('reads the chosen time, or nothing', () => {
    expect(pickedTime('2026-12-08T10:00:00+01:00')).toBe('2026-12-08T10:00:00+01:00');
    expect(pickedTime(['a', 'b'])).toBe('a');
    expect(pickedTime('  ')).toBeUndefined();
    expect(pickedTime(undefined)).toBeUndefined();
    expect(pickedTime(3)).toBeUndefined();
  });
});
