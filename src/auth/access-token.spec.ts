import { parseClaims } from './access-token.js';

const good = {
  sub: '6f1c2f5e-8d0a-4f0e-9a51-0c8a3b7e2d11',
  ver: 0,
  roles: ['reception'],
  name: 'Test Reception',
  adviserId: null,
  iat: 1_795_600_000,
  exp: 1_795_601_800,
};

describe('parseClaims', () => {
  it('reads the claims this API issues', () => {
    expect(parseClaims(good)).toEqual({
      sub: good.sub,
      ver: 0,
      roles: ['reception'],
      name: 'Test Reception',
      adviserId: null,
    });
    const adviserId = '0b0e8f8e-2a51-4c5e-8f9f-3f0f5b6d7e80';
    expect(parseClaims({ ...good, roles: ['adviser', 'admin'], adviserId })).toMatchObject({ adviserId });
  });

  it.each([
    ['no expiry', { ...good, exp: undefined }],
    ['an expiry that is not a number', { ...good, exp: '1795601800' }],
    ['no issue time', { ...good, iat: undefined }],
    ['roles not a list', { ...good, roles: 'admin' }],
    ['no roles', { ...good, roles: [] }],
    ['an unknown role', { ...good, roles: ['reception', 'root'] }],
    ['sub not a uuid', { ...good, sub: 'admin' }],
    ['no token version', { ...good, ver: undefined }],
    ['a negative token version', { ...good, ver: -1 }],
    ['no name', { ...good, name: 7 }],
    ['an adviser id that is not a uuid', { ...good, adviserId: 'x' }],
    ['a list instead of an object', [good]],
    ['a string', 'admin'],
    ['null', null],
  ])('refuses %s', (_what, payload) => {
    expect(parseClaims(payload)).toBeUndefined();
  });
});
