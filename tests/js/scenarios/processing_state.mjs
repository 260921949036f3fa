// getInstanceProcessingState() (2.0.0): idle before and after a prediction, and what it says while
// one streams. The state is asked for on the first fragment; fragmentsAfterState counts the fragments
// that arrived after its answer (the same socket carries both, in the order the server sent them).
import { MODEL_KEY, runScenario, within } from "./_lib.mjs";

await runScenario("processing_state", async ({ client }) => {
  const model = await within(`llm.model("${MODEL_KEY}")`, client.llm.model(MODEL_KEY));
  const before = await within("getInstanceProcessingState()", model.getInstanceProcessingState());
  let received = 0;
  let during = null;
  let fragmentsAtAnswer = null;
  const prediction = model.respond("Write a long story about the sea.", {
    maxTokens: 64,
    onPredictionFragment: () => {
      received += 1;
      if (received === 1) {
        during = model.getInstanceProcessingState().then((state) => {
          fragmentsAtAnswer = received;
          return state;
        });
      }
    },
  });
  await within("respond()", prediction);
  const duringState = during === null ? null : await within("the state asked for mid-stream", during);
  const after = await within("getInstanceProcessingState() after", model.getInstanceProcessingState());
  return {
    before,
    during: duringState,
    fragmentsAfterState: fragmentsAtAnswer === null ? null : received - fragmentsAtAnswer,
    after,
  };
});
