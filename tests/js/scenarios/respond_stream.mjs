// respond() iterated as a stream: the fragments, then the final result they must add up to.
import { MODEL_KEY, collectFragments, runScenario, within } from "./_lib.mjs";

await runScenario("respond_stream", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const prediction = model.respond("What is LM Studio?", { maxTokens: 16 });
  const fragments = await collectFragments("respond()", prediction);
  const result = await within("the streamed respond()'s result()", prediction.result());
  return {
    fragments: fragments.map((fragment) => fragment.content),
    fragmentTokens: fragments.reduce((sum, fragment) => sum + fragment.tokensCount, 0),
    // 2.0.0 requires isStructural on every fragment (1.5.0 does not know it).
    isStructural: fragments.map((fragment) => fragment.isStructural ?? null),
    content: result.content,
    stats: result.stats,
  };
});
