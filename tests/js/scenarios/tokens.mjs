// countTokens() and tokenize(), for one string and for a list of strings.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

const TEXTS = ["Hello there! How are you?", "The quick brown fox."];

await runScenario("tokens", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  return {
    texts: TEXTS,
    count: await within("countTokens()", model.countTokens(TEXTS[0])),
    tokens: await within("tokenize(string)", model.tokenize(TEXTS[0])),
    tokensOfEach: await within("tokenize(array)", model.tokenize(TEXTS)),
  };
});
