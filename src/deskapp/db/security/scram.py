"""SCRAM-SHA-256 password verifiers (RFC 5802, RFC 7677), computed on the client.

``ALTER ROLE ... PASSWORD 'SCRAM-SHA-256$...'`` stores the verifier as given: the plaintext never
reaches the server, so it cannot appear in its logs or in ``pg_stat_activity``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

ITERATIONS = 4096
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def normalise(password: str) -> bytes:
    """SASLprep in the simple form PostgreSQL accepts: NFKC, UTF-8 (PostgreSQL itself falls
    back to the raw bytes when a password is not valid SASLprep input)."""
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def verifier(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`` for ``password``."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", normalise(password), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"
