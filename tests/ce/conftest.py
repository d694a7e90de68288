from known_history import bank, clock, home, provider, store  # noqa: F401  (fixtures)
