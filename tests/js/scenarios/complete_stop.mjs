// complete() with a stop string. Greedy decoding repeats itself, so a word of the unrestricted
// completion, given as a stop string, must cut the second completion just before that word.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

const PROMPT = "The capital of France is";
const GREEDY = { temperature: 0, maxTokens: 24 };

await runScenario("complete_stop", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const baseline = await within("complete()", model.complete(PROMPT, GREEDY));
  const words = baseline.content.split(/\s+/).filter(Boolean);
  if (words.length < 3) {
    throw new Error(`the greedy completion has fewer than 3 words: ${JSON.stringify(baseline.content)}`);
  }
  const stop = words[2];
  const progress = [];
  const cut = await within(
    "complete() with stopStrings",
    model.complete(PROMPT, {
      ...GREEDY,
      stopStrings: [stop],
      onPromptProcessingProgress: (value) => progress.push(value),
    }),
  );
  const promptTokens = await within("countTokens()", model.countTokens(PROMPT));
  return {
    prompt: PROMPT,
    promptTokens,
    baseline: baseline.content,
    baselineStats: baseline.stats,
    stop,
    content: cut.content,
    stats: cut.stats,
    progress,
  };
});
