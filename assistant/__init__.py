"""Clinical case question assistant: cited answers from local case records.

Importing any part of the package first imports ``assistant.config``, which applies the
offline environment (``config.offline_env``: no hub downloads, no telemetry or analytics,
no proxy for loopback) before a model, Chroma or Gradio import can read it.
"""

from assistant import config as _config  # noqa: F401  (applies the offline environment)
