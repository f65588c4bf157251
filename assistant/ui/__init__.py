"""The web app: Gradio chat and case explorer (``blocks``), pure HTML/SVG/Markdown rendering
(``render``) and the FastAPI server that also carries ``/api/ask`` (``server``)."""
