// applyPromptTemplate(): the model's chat template applied to a short history.
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("apply_prompt_template", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const history = [
    { role: "system", content: "Be brief." },
    { role: "user", content: "Hello!" },
  ];
  return { formatted: await within("applyPromptTemplate()", model.applyPromptTemplate(history)) };
});
