import { errandChoices, isNameTaken, stationErrors, stationPlain, stationValues } from './station-form.js';

const errand = (code: string, da: string) => ({ code, name: { da, en: `${da} (en)` } });

describe('station form', () => {
  it('reads no, one or several ticked errands, and whether it is in use', () => {
    expect(stationValues({ name: ' Skranke 3 ' })).toEqual({ name: 'Skranke 3', errands: [], active: true });
    expect(stationValues({ errands: 'FLYT', active: 'nej' })).toMatchObject({
      errands: ['FLYT'],
      active: false,
    });
    expect(stationValues({ errands: ['FLYT', 'EHIC', 7] }).errands).toEqual(['FLYT', 'EHIC']);
    expect(stationPlain({ name: 'S', errands: ['FLYT'], active: false })).toEqual({
      name: 'S',
      errands: ['FLYT'],
      active: false,
    });
  });

  it('says problems in words at the name and the errands', () => {
    const values = { name: '', errands: ['x'], active: true };
    const errors = [
      { field: 'name', message: 'x' },
      { field: 'errands-0', message: 'x' },
    ];
    expect(stationErrors(errors, values, 'da')).toEqual([
      { field: 'name', message: 'Skriv stationens navn' },
      { field: 'errands', message: 'Vælg ærinderne på listen' },
    ]);
    expect(
      stationErrors([{ field: 'name', message: 'x' }], { ...values, name: 'x'.repeat(101) }, 'en'),
    ).toEqual([{ field: 'name', message: 'The name can be at most 100 characters' }]);
  });

  it('offers every errand in use and the station’s own out-of-use ones, the first with the id errands', () => {
    const choices = errandChoices(
      [errand('PAS_VOKSEN', 'Pas'), errand('FLYT', 'Flytning')],
      [errand('FLYT', 'Flytning'), errand('GAMMEL', 'Afskaffet')],
      ['FLYT', 'GAMMEL'],
      'da',
    );
    expect(choices).toEqual([
      { id: 'errands', code: 'GAMMEL', label: 'Afskaffet (ikke i brug)', checked: true },
      { id: 'errand-FLYT', code: 'FLYT', label: 'Flytning', checked: true },
      { id: 'errand-PAS_VOKSEN', code: 'PAS_VOKSEN', label: 'Pas', checked: false },
    ]);
  });

  it('knows PostgreSQL’s refusal of a second station of the same name', () => {
    expect(isNameTaken({ driverError: { code: '23505', constraint: 'uq_stations_location_name' } })).toBe(
      true,
    );
    expect(isNameTaken({ driverError: { code: '23505', constraint: 'other' } })).toBe(false);
    expect(isNameTaken(new Error('x'))).toBe(false);
    expect(isNameTaken(null)).toBe(false);
  });
});
