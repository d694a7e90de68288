"""The provider's registry of issued certificates: a SQLite file, or PostgreSQL by URL for a
provider with many instructors certifying at once (SQLAlchemy, so both run the same code).

It holds the provider's public key and, per certificate, the signed fields and the signature,
so anyone given the registry can check a verification code without the learner's files. One
certificate per learner and course version: certifying the same learner again returns it.
Retention: reference/ce.md §6 (keep at least six years).
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    from sqlalchemy import MetaData, Table

SQLITE_NAME = "registry.sqlite3"


class RegistryError(Exception):
    """The registry cannot be opened or used; the message says what to do."""


def registry_url(given: str) -> str:
    """A database URL as given, or a SQLite URL for a file path."""
    if "://" in given:
        return given
    return f"sqlite:///{Path(given).expanduser().resolve()}"


@dataclass(frozen=True)
class Issued:
    number: str
    code: str
    payload: str  # the signed fields, canonical JSON
    signature: str  # hex


def _tables() -> tuple["MetaData", "Table", "Table"]:
    from sqlalchemy import Column, Integer, MetaData, String, Table, Text, UniqueConstraint

    meta = MetaData()
    key = Table(
        "signing_key", meta, Column("id", Integer, primary_key=True), Column("public_key", Text, nullable=False)
    )
    issued = Table(
        "certificate",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("number", String(40), nullable=False, unique=True),
        Column("code", String(40), nullable=False, unique=True),
        Column("learner_id", String(64), nullable=False),
        Column("course_version", String(64), nullable=False),
        Column("payload", Text, nullable=False),
        Column("signature", Text, nullable=False),
        Column("issued_at", String(40), nullable=False),
        Column("details", Text, nullable=False),  # hours calculation and evaluation, kept with it
        UniqueConstraint("learner_id", "course_version"),
    )
    return meta, key, issued


class Registry:
    def __init__(self, url: str, create: bool = False):
        from sqlalchemy import create_engine, inspect
        from sqlalchemy.exc import SQLAlchemyError

        self.url = registry_url(url)
        if self.url.startswith("sqlite:///") and not create and not Path(self.url[len("sqlite:///") :]).is_file():
            raise RegistryError(
                f"There is no registry at {self.url[len('sqlite:///') :]}: give the provider's "
                "registry file (made by `boundarylab provider init`) or its database URL."
            )
        self.meta, self.keys, self.issued = _tables()
        try:
            self.engine = create_engine(self.url)
            if create:
                self.meta.create_all(self.engine)
            elif not inspect(self.engine).has_table("certificate"):
                raise RegistryError(f"{url} is not a BoundaryLab certificate registry.")
        except ModuleNotFoundError as e:
            raise RegistryError(
                f"The database driver for {url.split(':')[0]} is not installed ({e.name}); "
                "for PostgreSQL install psycopg2-binary."
            ) from None
        except SQLAlchemyError as e:
            raise RegistryError(
                f"The registry at {url} cannot be opened: {e.__class__.__name__}: {str(e).splitlines()[0]}"
            ) from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def public_key(self) -> bytes | None:
        from sqlalchemy import select

        with self.engine.connect() as conn:
            row = conn.execute(select(self.keys.c.public_key).where(self.keys.c.id == 1)).first()
        return row[0].encode("ascii") if row else None

    def set_public_key(self, pem: bytes) -> None:
        """Record the provider's public key, once: a registry never changes whose certificates it holds."""
        if self.public_key() not in (None, pem):
            raise RegistryError(f"The registry at {self.url} already belongs to another provider key.")
        with self.engine.begin() as conn:
            if self.public_key() is None:
                conn.execute(self.keys.insert().values(id=1, public_key=pem.decode("ascii")))

    def find(self, learner_id: str, course_version: str) -> Issued | None:
        from sqlalchemy import select

        c = self.issued.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(c.number, c.code, c.payload, c.signature).where(
                    c.learner_id == learner_id, c.course_version == course_version
                )
            ).first()
        return Issued(*row) if row else None

    def details(self, number: str) -> dict[str, Any]:
        from sqlalchemy import select

        with self.engine.connect() as conn:
            row = conn.execute(select(self.issued.c.details).where(self.issued.c.number == number)).first()
        return json.loads(row[0]) if row else {}

    def by_code(self, code: str) -> Issued | None:
        from sqlalchemy import select

        c = self.issued.c
        with self.engine.connect() as conn:
            row = conn.execute(select(c.number, c.code, c.payload, c.signature).where(c.code == code)).first()
        return Issued(*row) if row else None

    def issue(
        self,
        learner_id: str,
        course_version: str,
        issued_at: str,
        details: dict[str, Any],
        sign: Callable[[int], Issued],
    ) -> Issued | None:
        """Take the next certificate number and store what `sign(row id)` returns, in one
        transaction: two instructors certifying at once never share a number. None when another
        instructor certified this learner a moment ago (then `find` returns theirs)."""
        import uuid

        from sqlalchemy.exc import IntegrityError

        pending = uuid.uuid4().hex
        try:
            with self.engine.begin() as conn:
                inserted = conn.execute(
                    self.issued.insert().values(
                        number=pending,
                        code=pending,
                        learner_id=learner_id,
                        course_version=course_version,
                        payload="",
                        signature="",
                        issued_at=issued_at,
                        details=json.dumps(details, ensure_ascii=False),
                    )
                ).inserted_primary_key
                if inserted is None:  # SQLAlchemy returns the new key for every single-row INSERT
                    raise RegistryError("The registry did not return the new certificate's row.")
                row_id = inserted[0]
                made = sign(row_id)
                conn.execute(
                    self.issued.update()
                    .where(self.issued.c.id == row_id)
                    .values(number=made.number, code=made.code, payload=made.payload, signature=made.signature)
                )
        except IntegrityError:
            return None
        return made
