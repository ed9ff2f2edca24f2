"""Between the routes and the models: the model registry (load, warm, hold) and the batcher
that feeds them."""
