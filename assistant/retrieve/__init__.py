"""Hybrid retrieval: dense (Chroma) and lexical (BM25) lists fused by reciprocal rank."""
