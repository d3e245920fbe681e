import { describe, expect, it } from 'vitest';
import { bearerToken, isAdminToken } from '../../../shared/api/auth';

describe('bearerToken', () => {
  it.each([
    ['Bearer iw_abc', 'iw_abc'],
    ['bearer   iw_abc ', 'iw_abc'],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearer', null],
    ['Bearer two words', null],
    [undefined, null],
  ])('reads %j as %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

describe('isAdminToken', () => {
  it('accepts only the exact token, whatever the lengths', () => {
    const admin = 'admin-token-0123456789-abcdef';

    expect(isAdminToken(admin, admin)).toBe(true);
    expect(isAdminToken(`${admin}x`, admin)).toBe(false);
    expect(isAdminToken(admin.slice(0, -1), admin)).toBe(false);
    expect(isAdminToken('', admin)).toBe(false);
  });
});
