"""One repository per aggregate, plus the unit of work. No business rules live here."""
