// getContextLength() of a model handle.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("context_length", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  return { contextLength: await within("getContextLength()", model.getContextLength()) };
});
