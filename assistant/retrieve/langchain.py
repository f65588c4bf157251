"""The case index as a LangChain ``BaseRetriever`` so it plugs into any LangChain chain.

Kept apart from retrieve.hybrid so that answering a question never imports LangChain
(about a second of start-up); ``Assistant.langchain_retriever`` imports it when asked.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever

from assistant.config import RetrievalMode
from assistant.retrieve.filters import Filters


class CaseRetriever(BaseRetriever):
    """LangChain retriever over the case index: ``CaseRetriever(hybrid=..., filters={...})``."""

    hybrid: Any
    filters: dict[str, str] = {}
    mode: RetrievalMode = RetrievalMode.hybrid
    k: int = 8

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        result = self.hybrid.search(query, Filters.from_mapping(self.filters), self.mode, self.k)
        return [
            LCDocument(
                page_content=p.text,
                id=p.chunk_id,
                metadata={**{k: v for k, v in p.to_dict().items() if k not in ("text", "also_in")}, "score": p.score},
            )
            for p in result.passages
        ]
