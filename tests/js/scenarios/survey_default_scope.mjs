// runtime.surveyHardware() with no scope (2.0.0): the call as most users write it, which puts no
// `parameter` in the rpcCall.
import { runScenario, within } from "./_lib.mjs";

await runScenario("survey_default_scope", async ({ client }) => {
  return await within("runtime.surveyHardware()", client.runtime.surveyHardware());
});
