"""maas-client: typed SDK for a clinical Model-as-a-Service API."""
