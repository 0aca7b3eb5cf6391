# Sourced by bin/serve and bin/test: make sure .venv exists and matches the requirement files.
# Re-installs only when a requirements file changed since the last install (a stamp in .venv).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

venv_ensure() {
  local want=("$@")  # requirements.txt, plus requirements-dev.txt for tests
  if [ ! -x .venv/bin/python ]; then
    echo "==> creating .venv with $("$PYTHON" --version)"
    "$PYTHON" -m venv .venv
  fi
  local stamp=".venv/.installed-$(basename "${want[-1]}" .txt)"
  local digest
  digest="$(cat requirements*.txt | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
    echo "==> installing ${want[*]} into .venv"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet --require-hashes "${want[@]/#/-r}"
    echo "$digest" > "$stamp"
  fi
}
