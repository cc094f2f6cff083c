import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "@/lib/platform/client-address";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("client address (issue 13: a new X-Forwarded-For must not make a new client)", () => {
  it("without proxies (TRUST_PROXY=0) is the socket's address, the entry the server appended last", () => {
    // npm start (scripts/server.mjs) appends the socket address after what the client sent.
    expect(clientAddress(xff("203.0.113.50"), 0)).toBe("203.0.113.50");
    expect(clientAddress(xff("1.2.3.4, 203.0.113.50"), 0)).toBe("203.0.113.50");
    expect(clientAddress(xff("9.9.9.9, 8.8.8.8, 203.0.113.50"), 0)).toBe("203.0.113.50");
  });

  it("whatever the client puts in X-Forwarded-For, the key stays the same", () => {
    const keys = new Set(["1.1.1.1", "2.2.2.2, 3.3.3.3", "", "garbage"].map((spoof) => clientAddress(xff(`${spoof}, 198.51.100.7`.replace(/^, /, "")), 0)));
    expect([...keys]).toEqual(["198.51.100.7"]);
  });

  it("behind N proxies is the address the N-th proxy saw", () => {
    // client spoof, then what proxy 1 saw (the client), then the proxy itself (the socket).
    expect(clientAddress(xff("6.6.6.6, 203.0.113.50, 10.0.0.2"), 1)).toBe("203.0.113.50");
    // Two proxies: the outer one appended the client, the inner one appended the outer one.
    expect(clientAddress(xff("6.6.6.6, 203.0.113.50, 10.0.0.1, 10.0.0.2"), 2)).toBe("203.0.113.50");
  });

  it("with fewer entries than proxies takes the furthest one known", () => {
    expect(clientAddress(xff("10.0.0.2"), 1)).toBe("10.0.0.2");
    expect(clientAddress(xff("203.0.113.50, 10.0.0.2"), 3)).toBe("203.0.113.50");
  });

  it("ignores X-Real-IP and other headers a client can set, and shares one key when there is nothing", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "10.0.0.8" }), 0)).toBe("unknown");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
    expect(clientAddress(xff("not-an-address"), 0)).toBe("unknown");
  });
});

describe("address normalisation", () => {
  it("keeps IPv4, unwraps IPv4-mapped IPv6 and ports", () => {
    expect(normaliseAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(normaliseAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(normaliseAddress("::ffff:cb00:7109")).toBe("203.0.113.9");
    expect(normaliseAddress("203.0.113.9:5000")).toBe("203.0.113.9");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::");
  });

  it("cuts IPv6 to its /64, so rotating within one network does not make new clients", () => {
    expect(normaliseAddress("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::");
    expect(normaliseAddress("2001:DB8:1:2::ffff")).toBe("2001:db8:1:2::");
    expect(normaliseAddress("2001:0db8:0001:0002:0000:0000:0000:0000")).toBe("2001:db8:1:2::");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::");
  });
});

describe("the production server appends the socket's address (scripts/server.mjs)", () => {
  it("after whatever the client sent, so the last entry is the one that connected", async () => {
    const { appendSocketAddress } = await import("@/scripts/forwarded-for.mjs");
    expect(appendSocketAddress(undefined, "::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
    expect(appendSocketAddress("6.6.6.6", "203.0.113.5")).toBe("6.6.6.6, 203.0.113.5");
    expect(appendSocketAddress(["6.6.6.6", "7.7.7.7"], "203.0.113.5")).toBe("6.6.6.6, 7.7.7.7, 203.0.113.5");
    const spoofed = new Headers({ "x-forwarded-for": appendSocketAddress("1.2.3.4", "203.0.113.5") });
    expect(clientAddress(spoofed, 0)).toBe("203.0.113.5");
  });
});
