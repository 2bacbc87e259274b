"""Side-by-side performance runs: DeskApp against Qt's own SQL model, a plain ORM load and the
raw SQL floor. Not part of the test suite; run ``python -m benchmarks run --help``."""
