import { describe, expect, it } from "vitest";
import { assertTestServerAllowed, isLoopbackDatabaseUrl } from "./remote-database-guard";

describe("isLoopbackDatabaseUrl", () => {
  it.each([
    "postgres://postgres@127.0.0.1:5432/postgres",
    "postgres://postgres@127.1.2.3/postgres",
    "postgres://postgres@localhost/postgres",
    "postgresql://u:p@LOCALHOST:5433/db",
    "postgres://postgres@[::1]:5432/postgres",
    "postgres:///postgres",
    "postgres://postgres@%2Fvar%2Frun%2Fpostgresql/postgres",
    "postgres:///postgres?host=/var/run/postgresql",
  ])("takes %s for this machine", (url) => {
    expect(isLoopbackDatabaseUrl(url)).toBe(true);
  });

  it.each([
    "postgres://postgres@db.example.com:5432/postgres",
    "postgres://postgres@10.0.0.5/postgres",
    "postgres://postgres@128.0.0.1/postgres",
    "postgres://postgres@127.0.0.1.example.com/postgres",
    "postgres://postgres@[2001:db8::1]/postgres",
    "postgres://postgres@localhost.example.com/postgres",
    // ?host= overrides the authority, so this one goes to the remote server.
    "postgres://postgres@127.0.0.1/postgres?host=db.example.com",
    "not a url",
  ])("takes %s for another machine", (url) => {
    expect(isLoopbackDatabaseUrl(url)).toBe(false);
  });
});

describe("assertTestServerAllowed", () => {
  const remote = "postgres://admin:secret@db.example.com:5432/postgres";

  it("refuses a remote server, naming the host and the way out but not the password", () => {
    expect(() => assertTestServerAllowed(remote, {})).toThrow(/db\.example\.com.*PODIUM_ALLOW_REMOTE_TEST_DB=1/s);
    expect(() => assertTestServerAllowed(remote, {})).not.toThrow(/secret/);
  });

  it("allows a remote server when PODIUM_ALLOW_REMOTE_TEST_DB=1, and only with exactly 1", () => {
    expect(() => assertTestServerAllowed(remote, { PODIUM_ALLOW_REMOTE_TEST_DB: "1" })).not.toThrow();
    expect(() => assertTestServerAllowed(remote, { PODIUM_ALLOW_REMOTE_TEST_DB: "yes" })).toThrow(/Refusing/);
  });

  it("allows a loopback server without being told", () => {
    expect(() => assertTestServerAllowed("postgres://postgres@127.0.0.1:5432/postgres", {})).not.toThrow();
  });
});
