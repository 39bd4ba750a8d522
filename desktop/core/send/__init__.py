"""Sending: routing to a model, prices, the provider SDKs, the answer cache and the send pipeline."""
