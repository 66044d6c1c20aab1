/**
 * The last check before discord.js reads a gateway packet: permission bit-fields of an interaction must be
 * non-negative integer strings. discord.js parses them in its gateway handler (`BigInt("abc")` throws there,
 * out of any handler of ours, and "-1" would read as every permission); anything else counts as no permission.
 * Runs on the client's `raw` event, which discord.js emits before it handles the packet.
 */

/** A permission bit-field as Discord sends it: digits only. */
const BIT_FIELD = /^\d{1,40}$/;

/** What a gateway dispatch looks like, as far as this check reads it. */
export interface RawPacket {
  t?: string | null;
  d?: unknown;
}

/** The value kept: the field when it is a non-negative integer string, else '0' (no permission). */
function bitField(value: unknown): string {
  return typeof value === 'string' && BIT_FIELD.test(value) ? value : '0';
}

/**
 * Replaces malformed permission fields of an INTERACTION_CREATE packet in place (member permissions, the app's
 * permissions, and those of resolved members); returns the names of the fields it replaced.
 */
export function sanitizePacket(packet: RawPacket): string[] {
  if (packet.t !== 'INTERACTION_CREATE' || !packet.d || typeof packet.d !== 'object') return [];
  const replaced: string[] = [];
  const fix = (holder: Record<string, unknown> | undefined, key: string, name: string) => {
    if (!holder || !(key in holder) || holder[key] === undefined || holder[key] === null) return;
    const safe = bitField(holder[key]);
    if (safe !== holder[key]) {
      holder[key] = safe;
      replaced.push(name);
    }
  };
  const d = packet.d as Record<string, unknown>;
  fix(d.member as Record<string, unknown> | undefined, 'permissions', 'member.permissions');
  fix(d, 'app_permissions', 'app_permissions');
  const members = ((d.data as Record<string, unknown> | undefined)?.resolved as Record<string, unknown> | undefined)?.members as Record<string, Record<string, unknown>> | undefined;
  for (const [id, member] of Object.entries(members ?? {})) fix(member, 'permissions', `resolved.members.${id}.permissions`);
  return replaced;
}
