// respond(), not streamed: the final result's content, stats and model info.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("respond", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const result = await within(
    "respond()",
    model.respond("What is the meaning of life?", { maxTokens: 16 }),
  );
  return {
    content: result.content,
    stats: result.stats,
    modelInfo: { identifier: result.modelInfo.identifier, modelKey: result.modelInfo.modelKey },
    // The effective prediction config, as the server reported it (a KV config).
    maxPredictedTokens: result.predictionConfig.fields.find(
      ({ key }) => key === "llm.prediction.maxPredictedTokens",
    )?.value,
  };
});
