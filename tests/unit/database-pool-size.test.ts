import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_POOL_SIZE, databasePoolSize } from "@/lib/platform/env-database";

describe("DATABASE_POOL_SIZE (connections per process to PostgreSQL)", () => {
  it("defaults to 30 when unset or empty", () => {
    expect(DEFAULT_DATABASE_POOL_SIZE).toBe(30);
    expect(databasePoolSize({})).toBe(30);
    expect(databasePoolSize({ DATABASE_POOL_SIZE: " " })).toBe(30);
  });

  it("takes a whole number from 1 to 500", () => {
    expect(databasePoolSize({ DATABASE_POOL_SIZE: "1" })).toBe(1);
    expect(databasePoolSize({ DATABASE_POOL_SIZE: " 25 " })).toBe(25);
    expect(databasePoolSize({ DATABASE_POOL_SIZE: "500" })).toBe(500);
  });

  it("stops with a clear message on anything else", () => {
    for (const bad of ["0", "501", "-3", "2.5", "ten", "1e2", "30 connections"]) {
      expect(() => databasePoolSize({ DATABASE_POOL_SIZE: bad }), bad).toThrow(/DATABASE_POOL_SIZE must be a whole number from 1 to 500/);
    }
  });
});
