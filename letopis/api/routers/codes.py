"""``/api/codes``: the code books the filters use (CAMEO codes and roots, QuadClass, PLOVER types)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(tags=["codes"])


class CameoCodeOut(BaseModel):
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None = None


class CodesOut(BaseModel):
    roots: dict[str, str]  # root -> Russian name
    quad_classes: dict[str, str]
    plover: list[str]
    cameo: list[CameoCodeOut]


def _tsv(name: str) -> list[dict[str, str]]:
    text = resources.files("letopis.api").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


@lru_cache(maxsize=1)
def code_books() -> dict:
    from letopis.events.cameo import cameo_table

    table = cameo_table()
    cameo = [{"code": c.code, "label": c.label, "goldstein": c.goldstein, "quad_class": c.quad_class,
              "plover": c.plover} for c in sorted(table.codes.values(), key=lambda c: c.code)]
    plover = sorted({p for c in table.codes.values() if c.plover for p in c.plover.split("/")})
    return {
        "roots": {row["root"]: row["name"] for row in _tsv("cameo_roots_ru.tsv")},
        "quad_classes": {row["quad_class"]: row["name"] for row in _tsv("quad_classes_ru.tsv")},
        "plover": plover,
        "cameo": cameo,
    }


@router.get("/codes", response_model=CodesOut, summary="CAMEO codes and roots, QuadClass names, PLOVER types")
def codes() -> dict:
    return code_books()
