#!/bin/sh
# Print the interpreter `make` builds the virtual environment with: the newest working Python 3.12+
# on PATH or under pyenv, else python3. Python 3.12+ is preferred because PySide6 6.12.0 on 3.11
# drops a reference to None on every call of a Qt method that returns nothing (see
# docs/decisions/0001-python-312.md); the app guards against it on 3.11, but newer is safer.
for candidate in python3.14 python3.13 python3.12; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys, venv' >/dev/null 2>&1; then
    command -v "$candidate"; exit 0
  fi
done
for dir in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.14* "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13* "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*; do
  if [ -x "$dir/bin/python3" ] && "$dir/bin/python3" -c 'import sys, venv, ssl, sqlite3' >/dev/null 2>&1; then
    echo "$dir/bin/python3"; exit 0
  fi
done
echo python3
