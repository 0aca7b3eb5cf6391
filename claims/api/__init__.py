"""REST endpoints of the claims app: articles, claims and speakers."""
