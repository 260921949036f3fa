// llm.load() a second instance with its own identifier and context length, then unload() it.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("load_unload", async ({ client, sdkVersion }) => {
  const identifier = `js-sdk-${sdkVersion}-${process.pid}`;
  const model = await within(
    "llm.load()",
    client.llm.load(MODEL_KEY, { identifier, config: { contextLength: 1024 }, verbose: false }),
  );
  let unloaded = false;
  try {
    const contextLength = await within("getContextLength()", model.getContextLength());
    const loadedWhile = (await within("llm.listLoaded()", client.llm.listLoaded())).map((m) => m.identifier);
    await within("unload()", model.unload());
    unloaded = true;
    const loadedAfter = (await within("llm.listLoaded()", client.llm.listLoaded())).map((m) => m.identifier);
    return { requested: identifier, identifier: model.identifier, modelKey: model.modelKey, contextLength, loadedWhile, loadedAfter };
  } finally {
    if (!unloaded) await within("unload() after a failure", model.unload()).catch(() => {});
  }
});
