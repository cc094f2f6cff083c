/**
 * X-Forwarded-For with the socket's address appended as the last entry, as a proxy
 * writes it (scripts/server.mjs). Node joins repeated X-Forwarded-For headers with ", ".
 * @param {string | string[] | undefined} forwardedFor the request's header
 * @param {string | undefined} socketAddress req.socket.remoteAddress
 */
export function appendSocketAddress(forwardedFor, socketAddress) {
  const prior = Array.isArray(forwardedFor) ? forwardedFor.join(", ") : (forwardedFor ?? "");
  return [prior.trim(), socketAddress ?? "unknown"].filter(Boolean).join(", ");
}
