// The embedding namespace: load the server's embedding model, embed one string and a list,
// tokenize, count tokens, context length and model info.
import { runScenario, within } from "./_lib.mjs";

const EMBEDDING_KEY = "smollm2-135m-instruct-embedding-mode";
const TEXTS = ["The cat sat on the mat.", "Quarterly revenue grew five percent."];

await runScenario("embedding", async ({ client }) => {
  const model = await within(`embedding.model("${EMBEDDING_KEY}")`, client.embedding.model(EMBEDDING_KEY));
  const one = await within("embed(string)", model.embed(TEXTS[0]));
  const each = await within("embed(array)", model.embed(TEXTS));
  return {
    identifier: model.identifier,
    one: one.embedding,
    each: each.map((e) => e.embedding),
    count: await within("countTokens()", model.countTokens(TEXTS[0])),
    tokens: await within("tokenize()", model.tokenize(TEXTS[0])),
    contextLength: await within("getContextLength()", model.getContextLength()),
    info: await within("getModelInfo()", model.getModelInfo()),
    loaded: (await within("embedding.listLoaded()", client.embedding.listLoaded())).map((m) => m.identifier),
  };
});
