"""Scripts that build KB data files from checkable sources."""
