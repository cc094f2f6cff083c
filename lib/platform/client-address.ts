import { isIPv4, isIPv6 } from "node:net";

/**
 * The address a request came from, as far as this server can trust it: the key of every
 * rate limit, and the address better-auth records and limits on.
 *
 * `npm start` (scripts/server.mjs) appends the socket's address to X-Forwarded-For, as a
 * proxy does, so the LAST entry is always the address that connected to this server.
 * (`next start` alone does not: it fills in X-Forwarded-For only when the request has
 * none, so a client's own value would pass as its address.) Entries before it were
 * written by whoever sent the request; with `trustProxy` = N proxies in front, the
 * entry the N-th proxy appended (the address it saw) is N places before the last. With
 * fewer entries than that the request did not pass all the proxies, and the first entry
 * is the furthest one known.
 *
 * IPv4-mapped IPv6 addresses count as IPv4; other IPv6 addresses are cut to their /64
 * network, written as its first address (one subscriber usually holds a whole /64).
 * Anything that is not an address becomes "unknown", one shared key.
 */
export function clientAddress(headers: Headers, trustProxy: number): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - trustProxy)] ?? "");
}

/** "203.0.113.9", "::ffff:203.0.113.9" → "203.0.113.9"; "2001:db8:1:2:3::4" → "2001:db8:1:2::" (its /64). */
export function normaliseAddress(raw: string): string {
  // "[2001:db8::1]:443" and "203.0.113.9:443" as some proxies write them.
  const value = raw.replace(/^\[([^\]]+)\](?::\d+)?$/, "$1").replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, "$1");
  if (isIPv4(value)) return value;
  if (!isIPv6(value)) return "unknown";
  const groups = expandIPv6(value);
  if (groups.slice(0, 5).every((g) => Number.parseInt(g, 16) === 0) && groups[5] === "ffff") {
    const [hi, lo] = [groups[6], groups[7]].map((g) => Number.parseInt(g ?? "0", 16)) as [number, number];
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  }
  return `${groups.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16)).join(":")}::`;
}

/** The eight groups of an IPv6 address ("2001:db8::1" → 2001 db8 0 0 0 0 0 1). */
function expandIPv6(value: string): string[] {
  const withoutV4 = value.replace(/(\d{1,3}(?:\.\d{1,3}){3})$/, (v4) => {
    const [a, b, c, d] = v4.split(".").map(Number) as [number, number, number, number];
    return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  });
  const [head, tail] = withoutV4.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => g.toLowerCase());
}
