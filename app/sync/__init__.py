"""Township side of county sync: wire protocol, client, scheduling."""
