// getModelInfo() of a model handle: the instance info the server reports.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("model_info", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  return await within("getModelInfo()", model.getModelInfo());
});
