import os

os.environ.setdefault("MOOT_TESTING", "true")
