// llm.model() of a key nobody has: must reject (with the server's error), never hang.
import { runScenario, within } from "./_lib.mjs";

const MISSING = "no-such-model-anywhere";

await runScenario("model_not_found", async ({ client }) => {
  let model;
  try {
    model = await within(`llm.model("${MISSING}")`, client.llm.model(MISSING));
  } catch (error) {
    if (String(error?.message).startsWith("timed out")) throw error;
    return { query: MISSING, name: error?.name, title: error?.title ?? null, message: String(error?.message) };
  }
  throw new Error(`llm.model("${MISSING}") resolved to ${model.identifier} instead of failing`);
});
