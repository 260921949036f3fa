// Connect: one cheap RPC on each namespace socket the SDK opens (llm, embedding, system).
import { runScenario, within } from "./_lib.mjs";

await runScenario("connect", async ({ client }) => {
  const version = await within("system.getLMStudioVersion()", client.system.getLMStudioVersion());
  const llms = await within("llm.listLoaded()", client.llm.listLoaded());
  const embeddings = await within("embedding.listLoaded()", client.embedding.listLoaded());
  return { version, loadedLlmCount: llms.length, loadedEmbeddingCount: embeddings.length };
});
