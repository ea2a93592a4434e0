"""``make conform``: Schemathesis against any server that claims to implement one of our specs."""
