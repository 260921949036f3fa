// llm.listLoaded(): the loaded instances as handles.
import { runScenario, within } from "./_lib.mjs";

await runScenario("list_loaded", async ({ client }) => {
  const loaded = await within("llm.listLoaded()", client.llm.listLoaded());
  return loaded.map(({ identifier, modelKey, path, format }) => ({ identifier, modelKey, path, format }));
});
