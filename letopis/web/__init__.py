"""The dashboard of ``letopis serve``: one HTML page, local scripts and styles, no CDN."""
