// respond() with onPromptProcessingProgress: the progress values the callback saw, in order, with the
// token counts that 2.0.0 passes beside each value (null from 1.5.0, which passes none).
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("progress", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const progress = [];
  const result = await within(
    "respond() with onPromptProcessingProgress",
    model.respond("What is LM Studio?", {
      maxTokens: 8,
      onPromptProcessingProgress: (value, details) => progress.push({ value, details: details ?? null }),
    }),
  );
  return { progress, content: result.content, stats: result.stats };
});
