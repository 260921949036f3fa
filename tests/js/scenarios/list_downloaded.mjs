// system.listDownloadedModels(), all domains and the llm domain.
import { runScenario, within } from "./_lib.mjs";

await runScenario("list_downloaded", async ({ client }) => {
  return {
    all: await within("system.listDownloadedModels()", client.system.listDownloadedModels()),
    llm: await within('system.listDownloadedModels("llm")', client.system.listDownloadedModels("llm")),
  };
});
