"""The seed documents' Python examples, run as written with `import lmsdk as lms` against the server.

Only the import line differs from the documentation (the drafts' `on_progress: lambda` is written as the
keyword argument it stands for). Each runs in its own interpreter, finding the server through
LMSDK_API_HOST, exactly as a user's script would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

EXAMPLES = {
    "quick_respond": """
        import lmsdk as lms
        model = lms.llm()
        print(model.respond("What is the meaning of life?"))
    """,
    "streaming_fragments": """
        import lmsdk as lms
        model = lms.llm()

        for fragment in model.respond_stream("What is the meaning of life?"):
            print(fragment.content, end="", flush=True)
        print() # Advance to a new line at the end of the response
    """,
    "stream_then_result_scoped": """
        import lmsdk as lmstudio

        with lmstudio.Client() as client:
            llm = client.llm.model()

            # You can process the response content incrementally...
            prediction_stream = llm.respond_stream("What is LM Studio?")
            for content_fragment in prediction_stream:
                print(content_fragment, end="", flush=True)
            # ...and then access the complete result at the end.
            response = prediction_stream.result()

            # Alternatively, the SDK can internally handle both of those steps
            response = llm.respond("What is LM Studio?")
            print(response)
    """,
    "chat_config_and_stats": """
        import lmsdk as lms
        model = lms.llm()
        chat = lms.Chat("You are a resident AI philosopher.")
        chat.add_user_message("What is the meaning of life?")
        prediction_stream = model.respond_stream(chat, config={
            "temperature": 0.6,
            "maxTokens": 50,
        })
        for fragment in prediction_stream:
            pass
        result = prediction_stream.result()

        print("Model used:", result.model_info.display_name)
        print("Predicted tokens:", result.stats.predicted_tokens_count)
        print("Time to first token (seconds):", result.stats.time_to_first_token_sec)
        print("Stop reason:", result.stats.stop_reason)
    """,
    "chat_add_assistant_response": """
        import lmsdk as lm

        llm = lm.llm()
        chat = lm.Chat("This is the system prompt!")
        chat.add_user_message("What is LM Studio?")

        response = llm.respond(chat)
        chat.add_assistant_response(response)
        print(chat)
    """,
    "from_history": """
        import lmsdk as lms
        chat_history = {
          "messages": [
            { "role": "system", "content": "You are a helpful assistant." },
            { "role": "user", "content": "What is LM Studio?" }
          ]
        }
        chat = lms.Chat.from_history(chat_history)
        print(lms.llm().respond(chat, config={"maxTokens": 30}))
    """,
    "progress_callback": """
        import lmsdk as lm

        llm = lm.llm()

        response = llm.respond(
            "What is LM Studio?",
            on_progress=lambda progress: print(f"{progress*100}% complete")
        )
    """,
    "completion": """
        import lmsdk as lm

        llm = lm.llm()

        # You can either request the response token-by-token,
        # which will only return new tokens...
        prediction = llm.complete_stream("My name is")
        for token in prediction:
            print(token, end="", flush=True)

        # ...or request the whole thing at once,
        # which will return the completed string.
        completion = llm.complete("My name is")
        print(completion)
    """,
    "completion_progress_scoped": """
        import lmsdk as lmstudio

        with lmstudio.Client() as client:
            llm = client.llm.model()

            completion = llm.complete(
                "My name is",
                on_progress=lambda progress: print(f"{progress*100}% processed")
            )
    """,
    "chatbot": """
        import lmsdk as lms

        model = lms.llm()
        chat = lms.Chat("You are a task focused AI assistant")

        while True:
            try:
                user_input = input("You (leave blank to exit): ")
            except EOFError:
                print()
                break
            if not user_input:
                break
            chat.add_user_message(user_input)
            prediction_stream = model.respond_stream(
                chat,
                on_message=chat.append,
            )
            print("Bot: ", end="", flush=True)
            for fragment in prediction_stream:
                print(fragment.content, end="", flush=True)
            print()
        print(len(chat.messages))
    """,
}


def run_example(code: str, api_host: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LMSDK_API_HOST": api_host}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_seed_example_runs_unchanged(name: str, api_host: str) -> None:
    stdin = "Say hello.\n\n" if name == "chatbot" else ""
    proc = run_example(EXAMPLES[name], api_host, stdin)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip(), "the example printed nothing"
    if name == "chat_config_and_stats":
        assert "Stop reason:" in proc.stdout and "Predicted tokens:" in proc.stdout
    if "progress" in name:
        assert "100.0%" in proc.stdout
    if name == "chatbot":
        # system prompt, the user's message, and the answer that on_message appended
        assert proc.stdout.strip().endswith(": 3")


def test_seed_example_with_a_model_we_do_not_have_fails_clearly(api_host: str) -> None:
    proc = run_example(
        """
        import lmsdk as lms
        model = lms.llm("qwen2.5-7b-instruct")
        """,
        api_host,
    )
    assert proc.returncode != 0
    assert "LMStudioModelNotFoundError" in proc.stderr
    assert "qwen2.5-7b-instruct" in proc.stderr
