"""Pagination, retries, rate limits and typed errors over the generated CRM clients."""
