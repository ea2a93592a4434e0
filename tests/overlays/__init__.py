"""Tests of the overlay package (crm_overlays)."""
