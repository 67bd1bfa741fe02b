import { InvalidSettingsError, loadSettings } from './settings.js';

describe('loadSettings', () => {
  it('fills in every default when nothing is set', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      TRIAGE_TTL_HOURS: 24,
      EMBEDDED_POSTGRES_PORT: 54329,
      LOG_LEVEL: 'info',
    });
    expect(settings.DATABASE_URL).toBeUndefined();
    // Unset: the start-up decides (demo with the embedded PostgreSQL only).
    expect(settings.DEMO_DATA).toBeUndefined();
  });

  it('parses numbers and booleans from strings', () => {
    const settings = loadSettings({ PORT: '8080', DEMO_DATA: 'false', TRIAGE_TTL_HOURS: '2' });
    expect(settings).toMatchObject({ PORT: 8080, DEMO_DATA: false, TRIAGE_TTL_HOURS: 2 });
  });

  it('reads the municipal closed days as a list, and an empty value as none', () => {
    expect(loadSettings({}).MUNICIPAL_CLOSED_DAYS).toEqual(['06-05', '12-24', '12-31']);
    expect(loadSettings({ MUNICIPAL_CLOSED_DAYS: '12-24, 12-31' }).MUNICIPAL_CLOSED_DAYS).toEqual([
      '12-24',
      '12-31',
    ]);
    expect(loadSettings({ MUNICIPAL_CLOSED_DAYS: '' }).MUNICIPAL_CLOSED_DAYS).toEqual([]);
    expect(() => loadSettings({ MUNICIPAL_CLOSED_DAYS: '24-12' })).toThrow(/MM-DD/);
    expect(loadSettings({ MUNICIPAL_CLOSED_DAYS: '06-05,easter+40' }).MUNICIPAL_CLOSED_DAYS).toEqual([
      '06-05',
      'easter+40',
    ]);
    expect(() => loadSettings({ MUNICIPAL_CLOSED_DAYS: 'easter+forty' })).toThrow(/easter\+N/);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadSettings({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty"/],
    [{ PORT: '70000' }, /PORT=70000/],
    [{ DEMO_DATA: 'maybe' }, /DEMO_DATA="maybe"/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
  ])('rejects %j with a message naming the setting', (env, message) => {
    expect(() => loadSettings(env)).toThrow(InvalidSettingsError);
    expect(() => loadSettings(env)).toThrow(message);
  });
});
