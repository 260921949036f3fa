// llm.estimateResourcesUsage() (2.0.0): the memory estimate for the model at two context lengths.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("estimate_usage", async ({ client }) => {
  const estimate = (contextLength) =>
    within(
      `estimateResourcesUsage(contextLength ${contextLength})`,
      client.llm.estimateResourcesUsage(MODEL_KEY, { contextLength }),
    );
  return { small: await estimate(2048), large: await estimate(8192) };
});
