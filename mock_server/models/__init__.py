"""The Keras 3 (JAX) models the server serves: the MiniLM encoder, the WDBC classifier, and the
clinical sentence splitter and extractive summarizer."""
