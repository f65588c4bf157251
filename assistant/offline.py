"""The offline switches: no hub downloads, no telemetry or analytics, no proxy for loopback.

Applied when ``assistant.config`` is imported (it calls ``offline_env``), before any model,
Chroma or Gradio import reads them; every product module imports config first, so this is
the only place they are set.
"""

from __future__ import annotations

import os

# Offline by default: a hub id fails in seconds instead of hanging, and no library phones home.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    # Loopback traffic (the app itself, a local LLM endpoint) never goes through a proxy.
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
    "TOKENIZERS_PARALLELISM": "false",
    # Torch's OpenMP threads spin while waiting; with anything else on a 2-core laptop
    # that turns a 15 ms query embedding into a second. Passive waiting costs nothing idle.
    "OMP_WAIT_POLICY": "PASSIVE",
}


def offline_env() -> dict[str, str]:
    """Set the offline switches (``OFFLINE_ENV``) where the environment does not already say
    otherwise; returns the values in force. ``assistant.config`` calls it once at import."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    return {key: os.environ[key] for key in OFFLINE_ENV}
