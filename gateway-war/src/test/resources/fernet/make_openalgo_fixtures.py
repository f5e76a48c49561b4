#!/usr/bin/env python3
"""Writes openalgo_tokens.json: Fernet tokens made exactly as OpenAlgo makes them, for the Java test
OpenAlgoFernetTest.

OpenAlgo (database/auth_db.get_encryption_key) derives its Fernet key with PBKDF2-HMAC-SHA256 over
API_KEY_PEPPER, salted with the bytes of the hex FERNET_SALT, 100,000 iterations, 32 bytes, and
urlsafe-base64 encodes them into a Fernet key. The pepper and salt below are test values only.

Run from this directory:  python3 make_openalgo_fixtures.py
"""
import base64
import json
import time
from pathlib import Path

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

PEPPER = "test-pepper-for-fixtures-only-0123456789abcdef"
FERNET_SALT_HEX = "5f3c9a1b2d4e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8"
ITERATIONS = 100_000
TWO_DAYS = 2 * 24 * 3600


def derive_key() -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=bytes.fromhex(FERNET_SALT_HEX),
                     iterations=ITERATIONS)
    return kdf.derive(PEPPER.encode("utf-8"))


def main() -> None:
    derived = derive_key()
    fernet_key = base64.urlsafe_b64encode(derived)
    fernet = Fernet(fernet_key)
    plaintexts = {
        "ascii": "b3f1c0ffee0123456789abcdef0123456789abcdef0123456789abcdef012345",
        "utf8": "Jöhn Dœ – ₹ 1,00,000 – 東京 – 🚀",
        "empty": "",
        "long": "eyJhbGciOiJIUzI1NiJ9." + "a1B2c3D4e5" * 120,
    }
    tokens = [{"name": name, "plaintext": text, "token": fernet.encrypt(text.encode("utf-8")).decode("ascii")}
              for name, text in plaintexts.items()]
    # At-rest tokens carry no time-to-live: an old token must still decrypt.
    old_text = "broker-auth-token-issued-long-ago"
    tokens.append({"name": "old", "plaintext": old_text,
                   "token": fernet.encrypt_at_time(old_text.encode("utf-8"),
                                                   int(time.time()) - TWO_DAYS).decode("ascii")})
    fixture = {
        "pepper": PEPPER,
        "fernetSaltHex": FERNET_SALT_HEX,
        "iterations": ITERATIONS,
        "derivedKeyHex": derived.hex(),
        "fernetKey": fernet_key.decode("ascii"),
        "tokens": tokens,
    }
    out = Path(__file__).with_name("openalgo_tokens.json")
    out.write_text(json.dumps(fixture, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
