/**
 * Where to go after signing in or up: a path inside the app, without the locale
 * (e.g. "/invite/abc"). Anything else (other sites, "//host", odd characters) is
 * refused, so the parameter cannot be used to send people elsewhere.
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const path = value.trim();
  if (path.length < 1 || path.length > 300) return undefined;
  if (!path.startsWith("/") || path.startsWith("//")) return undefined;
  if (!/^\/[A-Za-z0-9/_.~-]*$/.test(path)) return undefined;
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return undefined;
  return path;
}
