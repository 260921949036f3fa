// The runtime namespace (2.0.0, its own socket): the engines, and a hardware survey of all of them.
import { runScenario, within } from "./_lib.mjs";

await runScenario("runtime", async ({ client }) => {
  return {
    engines: await within("runtime.engine.list()", client.runtime.engine.list()),
    survey: await within("runtime.surveyHardware()", client.runtime.surveyHardware({ type: "all" })),
  };
});
