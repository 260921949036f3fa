// Shared by every scenario: which SDK to load, where the server is, deadlines, and the JSON report.
//
// Usage: node <scenario>.mjs SDK_DIR HOST:PORT
//   SDK_DIR   one of tests/js/sdk-*/ (its sdk.mjs re-exports the installed @lmstudio/sdk); else the
//             environment variable LMSDK_JS_SDK_DIR.
//   HOST:PORT the server; else LMSDK_API_HOST.
// Every wait is bounded by LMSDK_JS_WAIT_SECONDS (default 30) and the whole run by
// LMSDK_JS_DEADLINE_SECONDS (default 120), because a 2.0.0 client never resolves an RPC whose result
// fails its validation: without a deadline a missing field would be a hang, not a failure.
// stdout gets exactly one JSON object: {ok: true, result, ...} (exit 0) or {ok: false, error, ...}
// (exit 1; exit 3 when the overall deadline passed).

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";

export const MODEL_KEY = "smollm2-135m-instruct";

const sdkDir = resolve(process.argv[2] ?? process.env.LMSDK_JS_SDK_DIR ?? "");
const host = process.argv[3] ?? process.env.LMSDK_API_HOST;
const waitSeconds = Number(process.env.LMSDK_JS_WAIT_SECONDS ?? 30);
const deadlineSeconds = Number(process.env.LMSDK_JS_DEADLINE_SECONDS ?? 120);

// What the SDK logs (its communicationWarnings name the packet it dropped): part of the report.
const log = [];
const logger = Object.fromEntries(
  ["debug", "info", "warn", "error"].map((level) => [
    level,
    (...messages) => {
      const line = `${level}: ${format(...messages)}`;
      log.push(line);
      process.stderr.write(`${line}\n`);
    },
  ]),
);

/** Awaits `promise`, or throws once `what` has taken longer than the wait deadline. */
export async function within(what, promise, seconds = waitSeconds) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${seconds} s waiting for ${what}`)),
      seconds * 1000,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Collects a streamed prediction's fragments, each wait for the next one bounded. */
export async function collectFragments(what, prediction) {
  const fragments = [];
  const iterator = prediction[Symbol.asyncIterator]();
  for (;;) {
    const step = await within(`the next fragment of ${what}`, iterator.next());
    if (step.done) return fragments;
    fragments.push(step.value);
  }
}

function emit(report, code) {
  process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(code));
}

/** Runs one scenario: `body({sdk, client, sdkVersion})` returns the JSON-able result. */
export async function runScenario(name, body) {
  const started = performance.now();
  const base = () => ({ scenario: name, sdkVersion, elapsedSec: (performance.now() - started) / 1000, log });
  let sdkVersion = null;
  setTimeout(() => {
    emit({ ...base(), ok: false, error: { name: "Deadline", message: `scenario ${name} still running after ${deadlineSeconds} s` } }, 3);
  }, deadlineSeconds * 1000);
  try {
    if (!host) throw new Error("no server: pass HOST:PORT as the second argument or set LMSDK_API_HOST");
    sdkVersion = JSON.parse(
      readFileSync(join(sdkDir, "node_modules", "@lmstudio", "sdk", "package.json"), "utf8"),
    ).version;
    const sdk = await import(pathToFileURL(join(sdkDir, "sdk.mjs")).href);
    const client = new sdk.LMStudioClient({ baseUrl: `ws://${host}`, logger, verboseErrorMessages: true });
    const result = await body({ sdk, client, sdkVersion });
    emit({ ...base(), ok: true, result }, 0);
  } catch (error) {
    process.stderr.write(`${error?.stack ?? error}\n`);
    emit(
      { ...base(), ok: false, error: { name: error?.name ?? "Error", message: String(error?.message ?? error), title: error?.title } },
      1,
    );
  }
}
