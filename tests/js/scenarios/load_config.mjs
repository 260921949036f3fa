// getLoadConfig() of a model handle (public from 2.0.0 on): the config the instance was loaded with.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("load_config", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  return await within("getLoadConfig()", model.getLoadConfig());
});
