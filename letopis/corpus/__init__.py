"""The corpus: many analysed articles in a store; duplicates, stories, merged events, export, scale-out."""
