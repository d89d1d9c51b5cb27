"""Candidate trigger words the lexicon lacks, by meaning, per PLOVER type (a review list, not rules).

For every PLOVER type: the trigger lemmas the lexicon already has (letopis/events/data/triggers*.tsv, the "@class"
lemmas of word_classes.tsv expanded) are the seeds; the candidates are
  - their nearest neighbours in natasha's navec (news_v1) among the lemma forms of the vocabulary (infinitives and
    nominative nouns), scored by the summed cosine over the type's seeds;
  - their aspect partners and nominalisations, formed by rule (-ить/-ивать/-ывать, prefixes по-/с-/за-, -ние/-тие/
    -ка) and kept when pymorphy2 knows the word;
each with its lemma frequency in the 838 wikinews articles and in the odd (development) halves of the probe sets.
Words in the lexicon (any type) are dropped. Usage:
  PYTHONPATH=. python bench/lexicon_candidates.py OUT.tsv [--top 40]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "letopis" / "events" / "data"
CORPUS = Path("/work/shared/corpus/wikinews")
PROBES = ROOT / "tests" / "events" / "data"
WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?", re.IGNORECASE)


def plover_of_codes() -> dict[str, str]:
    table = {}
    with open(DATA / "cameo_codes.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            table[row["code"]] = row.get("plover") or ""
    return table


def word_classes() -> dict[str, list[str]]:
    classes = {}
    for line in (DATA / "word_classes.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("class\t"):
            continue
        name, _, lemmas = line.partition("\t")
        classes[name] = [lemma.strip() for lemma in lemmas.split("|") if lemma.strip()]
    return classes


def lexicon() -> tuple[dict[str, set[str]], set[str]]:
    """Seeds per PLOVER type, and every lemma the lexicon names anywhere."""
    plover, classes = plover_of_codes(), word_classes()
    seeds: dict[str, set[str]] = defaultdict(set)
    known = {lemma for lemmas in classes.values() for lemma in lemmas}
    for path in sorted(DATA.glob("triggers*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("trigger\t"):
                continue
            cols = line.split("\t")
            if len(cols) < 5:
                continue
            words = []
            for item in cols[0].split(","):
                item = item.strip().removeprefix("не ").strip()
                words += classes.get(item[1:], []) if item.startswith("@") else [item]
            known.update(words)
            kind = plover.get(cols[4].strip(), "").split("/")[0]
            if kind:
                seeds[kind].update(w for w in words if " " not in w)
    for name in ("modality.tsv", "aspect.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                known.update(w.strip() for w in re.split(r"[\t,|]", line) if w.strip())
    return seeds, known


def frequencies(morph) -> tuple[Counter, Counter]:
    corpus, probes = Counter(), Counter()
    for path in sorted(CORPUS.glob("*.txt")):
        for word in WORD.findall(path.read_text(encoding="utf-8").lower()):
            corpus[morph.parse(word)[0].normal_form] += 1
    for path in sorted(PROBES.glob("probe-*/docs/*.txt")):
        number = re.search(r"(\d+)$", path.stem)
        if number and int(number.group(1)) % 2:  # odd halves only: the even ones are never read
            for word in WORD.findall(path.read_text(encoding="utf-8").lower()):
                probes[morph.parse(word)[0].normal_form] += 1
    return corpus, probes


def navec_lemmas(morph):
    """navec's vocabulary words that are lemma forms of verbs and nouns, with unit vectors."""
    import natasha
    from navec import Navec

    path = Path(natasha.__file__).parent / "data" / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"
    navec = Navec.load(str(path))
    words, ids = [], []
    for word, index in navec.vocab.word_ids.items():
        if not WORD.fullmatch(word) or len(word) < 4:
            continue
        parse = morph.parse(word)[0]
        if parse.normal_form == word and parse.tag.POS in ("INFN", "NOUN") and parse.score > 0.3:
            words.append(word)
            ids.append(index)
    pq = navec.pq
    vectors = pq.codes[pq.qdims, pq.indexes[ids]].reshape(len(ids), pq.dim).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return words, vectors


VOWEL_ASPECT = [("ить", "ивать"), ("ать", "ивать"), ("ить", "ать"), ("ать", "ывать"), ("ить", "ять")]
PREFIXES = ("по", "с", "за", "о", "у", "от", "пре", "при", "раз", "вы", "на")


def partners(lemma: str, morph) -> set[str]:
    """Aspect partners and nominalisations formed by rule; only words pymorphy2 knows."""
    out = set()
    reflexive = lemma.endswith("ся") or lemma.endswith("сь")
    base = lemma[:-2] if reflexive else lemma
    tail = "ся" if reflexive else ""
    if base.endswith("ть"):
        for a, b in VOWEL_ASPECT:
            if base.endswith(a):
                out.add(base[: -len(a)] + b + tail)
            if base.endswith(b):
                out.add(base[: -len(b)] + a + tail)
        for prefix in PREFIXES:
            if base.startswith(prefix) and len(base) > len(prefix) + 4:
                out.add(base[len(prefix):] + tail)
            else:
                out.add(prefix + base + tail)
        stem = base[:-2]
        if stem.endswith("и"):
            out |= {stem[:-1] + "ение", stem[:-1] + "ка"}
        if stem.endswith(("а", "я")):
            out |= {stem + "ние", stem[:-1] + "ка"}
        if stem.endswith(("ы", "у")):
            out |= {stem + "тие"}
    return {w for w in out if w != lemma and morph.word_is_known(w) and morph.parse(w)[0].normal_form == w}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    import inspect

    if not hasattr(inspect, "getargspec"):  # pymorphy2 on Python 3.11
        inspect.getargspec = lambda f: inspect.getfullargspec(f)[:4]
    import pymorphy2

    morph = pymorphy2.MorphAnalyzer()
    seeds, known = lexicon()
    corpus, probes = frequencies(morph)
    words, vectors = navec_lemmas(morph)
    index = {w: i for i, w in enumerate(words)}
    rows = []
    for kind in sorted(seeds):
        ids = [index[w] for w in sorted(seeds[kind]) if w in index]
        score: Counter = Counter()
        via: dict[str, str] = {}
        if ids:
            sims = vectors @ vectors[ids].T  # (n, seeds)
            for j, seed_id in enumerate(ids):
                column = sims[:, j]
                for i in np.argpartition(-column, 16)[:16]:
                    if column[i] > 0.45 and words[i] not in known:
                        score[words[i]] += float(column[i])
                        via.setdefault(words[i], words[seed_id])
        for seed in sorted(seeds[kind]):
            for word in partners(seed, morph):
                if word not in known:
                    score[word] += 0.5
                    via.setdefault(word, seed + "(morph)")
        for word, value in score.most_common(args.top):
            rows.append((kind, word, f"{value:.2f}", via[word], corpus[word], probes[word]))
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write("plover\tcandidate\tscore\tvia\tcorpus_freq\tprobe_odd_freq\n")
        for row in rows:
            handle.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} candidates for {len(seeds)} types -> {args.out}")


if __name__ == "__main__":
    main()
