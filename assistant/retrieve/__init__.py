"""Hybrid retrieval: dense (Chroma) and lexical (BM25) lists, fused by a convex combination of scaled scores (reciprocal rank as an option)."""
