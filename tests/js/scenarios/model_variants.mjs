// system.listDownloadedModelVariants() (2.0.0): the downloaded files behind one model key.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("model_variants", async ({ client }) => {
  return await within(
    "system.listDownloadedModelVariants()",
    client.system.listDownloadedModelVariants(MODEL_KEY),
  );
});
