"""One router per kind of resource."""
