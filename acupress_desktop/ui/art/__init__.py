"""The illustrations of points and their markers."""
