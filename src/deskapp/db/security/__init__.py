"""DeskApp's security in PostgreSQL: roles, grants, row-level security and triggers generated
from the domain (``deskapp-admin security apply``), and staff logins."""
