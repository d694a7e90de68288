from known_history import bank, clock, home, store  # noqa: F401  (fixtures)
