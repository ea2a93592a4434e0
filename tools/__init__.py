"""Project tooling that is not shipped to users (spec checks, build helpers)."""
