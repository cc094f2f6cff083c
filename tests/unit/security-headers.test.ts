import { describe, expect, it } from "vitest";
import { NextRequest, NextResponse } from "next/server";
import { API_POLICY, createNonce, pagePolicy, securityHeaders, withApiSecurityHeaders } from "@/lib/platform/security-headers";

describe("security headers (issue 13, finding 5)", () => {
  it("gives every page a strict policy with its own nonce, and no framing", () => {
    const [a, b] = [createNonce(), createNonce()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const policy = pagePolicy(a, { https: false, dev: false });
    expect(policy).toContain(`script-src 'self' 'nonce-${a}' 'strict-dynamic'`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain(`style-src 'self' 'nonce-${a}'`);
    expect(policy).toContain("style-src-attr 'unsafe-inline'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(pagePolicy(a, { https: true, dev: false })).toContain("upgrade-insecure-requests");
    expect(API_POLICY).toContain("default-src 'none'");
  });

  it("sends no referrer from pages whose URL holds a token, and HSTS only over https", () => {
    const referrer = (p: string) => securityHeaders(p, "x", { https: false })["Referrer-Policy"];
    for (const p of ["/resume/abc", "/nl/resume/abc", "/en/invite/abc", "/nl/reset-password", "/en/reset-password?token=x"]) {
      expect(referrer(p.split("?")[0]!)).toBe("no-referrer");
    }
    for (const p of ["/nl", "/nl/join/ABC123", "/nl/sessions/x/present", "/api/answers"]) expect(referrer(p)).toBe("strict-origin-when-cross-origin");
    const plain = securityHeaders("/nl", "x", { https: false });
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(plain["X-Content-Type-Options"]).toBe("nosniff");
    expect(plain["Permissions-Policy"]).toContain("camera=()");
    expect(plain["Permissions-Policy"]).toContain("fullscreen=(self)");
    expect(securityHeaders("/nl", "x", { https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });

  it("gives a route outside the proxy (POST /api/answers) the headers the proxy gives API routes", () => {
    const request = new NextRequest("http://localhost/api/answers", { method: "POST", headers: { "x-forwarded-proto": "https" } });
    const response = withApiSecurityHeaders(NextResponse.json({ ok: true }), request);
    for (const [name, value] of Object.entries(securityHeaders("/api/answers", API_POLICY, { https: true }))) {
      expect(response.headers.get(name), name).toBe(value);
    }
    expect(response.headers.get("Strict-Transport-Security")).toMatch(/^max-age=/);
    const plain = withApiSecurityHeaders(NextResponse.json({ ok: true }), new NextRequest("http://localhost/api/answers", { method: "POST" }));
    expect(plain.headers.get("Strict-Transport-Security")).toBeNull();
    expect(plain.headers.get("Content-Security-Policy")).toBe(API_POLICY);
  });
});
