"""Rendering a model's own chat template (the GGUF's ``tokenizer.chat_template``).

Local engines (llama.cpp, the replay engine, the batched engine) format chats
with the template the model ships, rendered here the way llama-cpp-python and
Transformers render it, so that a prompt matches what the model was trained on.
The engine seam (:mod:`lmsdk.server.engine`) re-exports what engines need.
jinja2 is imported only when a template is first compiled.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import jinja2
    import jinja2.nodes
    import jinja2.parser

__all__ = ["ChatTemplateError", "render_chat_template"]


class ChatTemplateError(ValueError):
    """The model's chat template is missing or failed to render."""


def render_chat_template(
    template: str,
    messages: Sequence[Mapping[str, str]],
    *,
    bos_token: str,
    eos_token: str,
    add_generation_prompt: bool = True,
    enable_thinking: bool | None = None,
    tools: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """Render a Hugging Face style chat template like llama-cpp-python does.

    Mirrors ``llama_cpp.llama_chat_format.Jinja2ChatFormatter``: sandboxed
    immutable environment, ``trim_blocks``/``lstrip_blocks``, loop controls,
    a pass-through ``{% generation %}`` tag, Transformers-compatible
    ``tojson``, and the ``raise_exception``/``strftime_now`` helpers.

    Args:
        template: The Jinja2 template (GGUF ``tokenizer.chat_template``).
        messages: Messages with ``role`` and ``content`` keys.
        bos_token: The model's BOS token text.
        eos_token: The model's EOS token text.
        add_generation_prompt: Whether to append the assistant turn opener.
        enable_thinking: The ``enable_thinking`` template variable, left undefined when None
            (templates that know it then use their default).
        tools: The ``tools`` template variable (OpenAI-style function definitions), for
            templates that present tools themselves; None when the chat offers none.

    Returns:
        The rendered prompt.

    Raises:
        ChatTemplateError: If the template is invalid or raises.
    """
    try:
        compiled = _compile_chat_template(template)
        extra = {} if enable_thinking is None else {"enable_thinking": enable_thinking}
        return compiled.render(
            **extra,
            messages=[dict(m) for m in messages],
            bos_token=bos_token,
            eos_token=eos_token,
            add_generation_prompt=add_generation_prompt,
            # Both Transformers and llama-cpp-python pass tools=None when the
            # chat has no tools; templates may test `tools is defined`.
            tools=[dict(t) for t in tools] if tools else None,
            raise_exception=_raise_template_exception,
            strftime_now=_strftime_now,
        )
    except ChatTemplateError:
        raise
    except Exception as exc:  # jinja2 raises many unrelated types; wrap them all
        raise ChatTemplateError(f"chat template failed: {exc}") from exc


def _raise_template_exception(message: str) -> NoReturn:
    raise ChatTemplateError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


def _tojson(
    value: object,
    ensure_ascii: bool = False,
    indent: int | None = None,
    separators: tuple[str, str] | None = None,
    sort_keys: bool = False,
) -> str:
    # Transformers' tojson keeps non-ASCII text as is, unlike jinja2's default.
    return json.dumps(
        value,
        ensure_ascii=ensure_ascii,
        indent=indent,
        separators=separators,
        sort_keys=sort_keys,
    )


@functools.lru_cache(maxsize=16)
def _compile_chat_template(template: str) -> jinja2.Template:
    # Compiling is far slower than rendering and a server renders the same
    # template for every request, hence the cache.
    import jinja2.ext
    import jinja2.sandbox

    class _IgnoreGenerationTags(jinja2.ext.Extension):
        # Transformers' {% generation %} marks assistant spans for training
        # masks; for inference its body is rendered unchanged.
        tags = {"generation"}

        def parse(self, parser: jinja2.parser.Parser) -> list[jinja2.nodes.Node]:
            parser.stream.skip(1)
            return parser.parse_statements(("name:endgeneration",), drop_needle=True)

    environment = jinja2.sandbox.ImmutableSandboxedEnvironment(
        loader=jinja2.BaseLoader(),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[_IgnoreGenerationTags, jinja2.ext.loopcontrols],
    )
    environment.filters["tojson"] = _tojson
    return environment.from_string(template)
