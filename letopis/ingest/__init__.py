"""Getting articles in: files, bytes, formats; cleaning wire-copy noise."""
