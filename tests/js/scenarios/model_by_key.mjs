// llm.model(key) for the loaded model: the handle's own fields.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("model_by_key", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const { identifier, modelKey, path, displayName, format, sizeBytes } = model;
  return { identifier, modelKey, path, displayName, format, sizeBytes };
});
