"""Ground-floor text helpers every stage may use: tokens, sentences, clinical vocabulary."""
