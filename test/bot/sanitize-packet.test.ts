import { describe, expect, it } from 'vitest';
import { sanitizePacket } from '../../src/bot/sanitize-packet.js';

const interaction = (permissions: unknown, extra: Record<string, unknown> = {}) => ({ t: 'INTERACTION_CREATE', d: { member: { user: { id: '1' }, permissions }, ...extra } });

describe('sanitizePacket', () => {
  it.each(['abc', '1e3', '-1', '', '0x20', ' 32', '32.0', 12, null])('reads member permissions %j as none', (bad) => {
    const packet = interaction(bad);
    const replaced = sanitizePacket(packet);
    if (bad === null) {
      expect(replaced).toEqual([]);
      expect(packet.d.member.permissions).toBeNull();
    } else {
      expect(replaced).toEqual(['member.permissions']);
      expect(packet.d.member.permissions).toBe('0');
    }
  });

  it('keeps well-formed bit-fields as they are, and other packets untouched', () => {
    const packet = interaction('2248473465835073', { app_permissions: '8' });
    expect(sanitizePacket(packet)).toEqual([]);
    expect(packet.d).toMatchObject({ member: { permissions: '2248473465835073' }, app_permissions: '8' });
    const other = { t: 'MESSAGE_CREATE', d: { member: { permissions: 'abc' } } };
    expect(sanitizePacket(other)).toEqual([]);
    expect(other.d.member.permissions).toBe('abc');
  });

  it('checks the app permissions and resolved members too', () => {
    const packet = interaction('32', { app_permissions: 'x', data: { resolved: { members: { '7': { permissions: '1e9' } } } } });
    expect(sanitizePacket(packet)).toEqual(['app_permissions', 'resolved.members.7.permissions']);
  });
});
