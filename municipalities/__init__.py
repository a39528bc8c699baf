"""Municipalities and the units in them that run labour-market measures."""
