import { problemInDanish } from './problems-da.js';

describe('problemInDanish', () => {
  it.each([
    [
      'startsOn must be a date YYYY-MM-DD that exists in the calendar',
      'startsOn skal være en dato ÅÅÅÅ-MM-DD, der findes i kalenderen',
    ],
    [
      'hours.0.opens must be a time HH:mm from 00:00 to 23:59',
      'hours.0.opens skal være et klokkeslæt TT:MM fra 00:00 til 23:59',
    ],
    ['citizen.name must not contain a CPR number', 'citizen.name må ikke indeholde et CPR-nummer'],
    [
      'each value in errands must be a code in UPPER_SNAKE_CASE such as FLYT',
      'hver værdi i errands skal være en kode med store bogstaver og _, fx FLYT',
    ],
    ['weekday must not be greater than 7', 'weekday må ikke være større end 7'],
    ['name must be shorter than or equal to 100 characters', 'name må højst være 100 tegn'],
    ['closes must be after opens', 'closes skal ligge efter opens'],
    ['validTo must be on or after validFrom', 'validTo skal ligge på eller efter validFrom'],
    ['property colour should not exist', 'feltet colour findes ikke her'],
    [
      'kind must be one of the following values: citizen_service, library, mobile',
      'kind skal være en af: citizen_service, library, mobile',
    ],
  ])('%s', (english, danish) => {
    expect(problemInDanish(english)).toBe(danish);
  });

  it('keeps a text it has no template for', () => {
    expect(problemInDanish('something entirely new')).toBe('something entirely new');
  });
});
