// getBasePredictionConfig() (2.0.0): the instance's prediction config before per-request overrides.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("base_prediction_config", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  return await within("getBasePredictionConfig()", model.getBasePredictionConfig());
});
