"""Reference server for the maas-client wire contract, serving real Keras 3 models."""
