"""Choosing points: the body map, the cards, a point's details and the session being built."""
