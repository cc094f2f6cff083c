import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, refuseMalformedAction } from "@/lib/platform/action-request";

/** A fetch action as React sends it: `action(previousState, formData)` → fields "0" and "1_<name>". */
function fetchAction(fields: Record<string, string>, { root = '[null,"$K1"]', id = "7f00aa" } = {}) {
  const form = new FormData();
  form.set("0", root);
  for (const [k, v] of Object.entries(fields)) form.set(`1_${k}`, v);
  return new Request("http://localhost:3000/nl/join", { method: "POST", headers: { "Next-Action": id }, body: form });
}

function raw(body: BodyInit, headers: Record<string, string>) {
  return new Request("http://localhost:3000/nl/join", { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

describe("the gate for server action requests (issue 13)", () => {
  it("lets the app's own requests through: fetch actions, with a previous state, and forms posted without JavaScript", async () => {
    expect(await refuseMalformedAction(fetchAction({ code: "K7MPQ3" }))).toBeNull();
    const state = JSON.stringify([{ ok: false, errors: { code: "Vul dit in." }, values: { code: "$$dollar" }, n: "$undefined" }, "$K1"]);
    expect(await refuseMalformedAction(fetchAction({ code: "x" }, { root: state }))).toBeNull();
    const noJs = new FormData();
    noJs.set("$ACTION_REF_1", "");
    noJs.set("$ACTION_1:0", JSON.stringify({ id: "40c0ffee", bound: "$@1" }));
    noJs.set("$ACTION_1:1", "[null]");
    noJs.set("$ACTION_KEY", "k1234");
    noJs.set("code", "K7MPQ3");
    expect(await refuseMalformedAction(new Request("http://localhost:3000/nl/join", { method: "POST", body: noJs }))).toBeNull();
    // Not an action at all: Next.js renders the page, nothing to refuse.
    expect(await refuseMalformedAction(raw("a=1", { "content-type": "application/x-www-form-urlencoded" }))).toBeNull();
    expect(await refuseMalformedAction(new Request("http://localhost:3000/nl/join"))).toBeNull();
  });

  it("refuses a fetch action whose body is not a form: text, JSON, empty", async () => {
    for (const [body, type] of [["hello", "text/plain;charset=UTF-8"], ['{"a":1}', "application/json"], ["", ""]] as const) {
      const refusal = await refuseMalformedAction(raw(body, { "next-action": "7f00aa", ...(type ? { "content-type": type } : {}) }));
      expect(refusal?.status, `${type} ${body}`).toBe(415);
    }
  });

  it("refuses a body over the limit, with or without a Content-Length", async () => {
    const big = "x".repeat(ACTION_BODY_LIMIT_BYTES + 1);
    expect((await refuseMalformedAction(fetchAction({ name: big })))?.status).toBe(413);
    const declared = raw("--x--", { "next-action": "7f00aa", "content-type": "multipart/form-data; boundary=x", "content-length": String(ACTION_BODY_LIMIT_BYTES * 2) });
    expect((await refuseMalformedAction(declared))?.status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(big.slice(0, ACTION_BODY_LIMIT_BYTES / 2 + 1)));
        controller.close();
      },
    });
    expect((await refuseMalformedAction(raw(chunked, { "next-action": "7f00aa", "content-type": "multipart/form-data; boundary=x" })))?.status).toBe(413);
  });

  it("refuses broken multipart and arguments that are not (previous state, form)", async () => {
    const broken = raw('--x\r\nContent-Disposition: form-data; name="0"\r\n\r\nno end', { "next-action": "7f00aa", "content-type": "multipart/form-data; boundary=x" });
    expect((await refuseMalformedAction(broken))?.status).toBe(400);
    for (const root of ["", "{", "null", "[]", '["$K1"]', '[null,"$K1",3]', '[null,"$@2"]', '["$@9","$K1"]', '[{"a":"$Q2"},"$K1"]', '[null,{"$K":1}]', '[["$1"],"$K1"]']) {
      expect((await refuseMalformedAction(fetchAction({ code: "x" }, { root })))?.status, root).toBe(400);
    }
    // No root at all.
    const form = new FormData();
    form.set("1_code", "x");
    expect((await refuseMalformedAction(new Request("http://localhost:3000/nl/join", { method: "POST", headers: { "next-action": "7f" }, body: form })))?.status).toBe(400);
    // A file as the root.
    const file = new FormData();
    file.set("0", new Blob(["[null,\"$K1\"]"]), "root.json");
    expect((await refuseMalformedAction(new Request("http://localhost:3000/nl/join", { method: "POST", headers: { "next-action": "7f" }, body: file })))?.status).toBe(400);
  });

  it("refuses forms posted without JavaScript whose action fields are malformed", async () => {
    const cases: Record<string, string>[] = [
      { "$ACTION_REF_1": "", "$ACTION_1:0": "{" },
      { "$ACTION_REF_1": "", "$ACTION_1:0": JSON.stringify({ id: 5, bound: null }) },
      { "$ACTION_REF_1": "", "$ACTION_1:0": JSON.stringify({ id: "40c0ffee", bound: "$@7" }) },
      { "$ACTION_REF_1": "", "$ACTION_1:0": JSON.stringify({ id: "40c0ffee", bound: "$@1" }), "$ACTION_1:1": '["$@3"]' },
      { "$ACTION_ID_zz!": "" },
      { "$ACTION_OTHER": "" },
    ];
    for (const fields of cases) {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      expect((await refuseMalformedAction(new Request("http://localhost:3000/nl/join", { method: "POST", body: form })))?.status, JSON.stringify(fields)).toBe(400);
    }
  });
});
