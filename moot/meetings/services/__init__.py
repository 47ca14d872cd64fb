"""Write services: every change to the domain goes through a function here, which owns the
transaction and writes the history."""
