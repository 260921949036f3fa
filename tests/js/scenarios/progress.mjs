// respond() with onPromptProcessingProgress: the progress values the callback saw, in order.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("progress", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const progress = [];
  const result = await within(
    "respond() with onPromptProcessingProgress",
    model.respond("What is LM Studio?", {
      maxTokens: 8,
      onPromptProcessingProgress: (value) => progress.push(value),
    }),
  );
  return { progress, content: result.content, stats: result.stats };
});
