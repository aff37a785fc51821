"""A small corpus of made-up news reports (the team's own sentences, real country names), from a seed."""

from __future__ import annotations

import json
import random
from pathlib import Path

COUNTRIES = [
    ("Russia", "Russian", "Moscow"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("China", "Chinese", "Beijing"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Turkey", "Turkish", "Ankara"),
    ("Iran", "Iranian", "Tehran"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Japan", "Japanese", "Tokyo"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Poland", "Polish", "Warsaw"),
    ("Sudan", "Sudanese", "Khartoum"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["trade", "grain exports", "border security", "energy prices", "a prisoner exchange", "fishing rights"]
DEMANDS = ["higher wages", "lower fuel prices", "new elections", "the release of detained students"]
TEMPLATES = [
    "{adj} forces shelled villages near the border with {other} on {day}, killing {n} civilians, officials said.",
    "The foreign minister of {name} met his {other_adj} counterpart in {capital} on {day} to discuss {topic}.",
    "{name} imposed sanctions on {other} on {day} over its support for armed groups, the government said.",
    "Thousands of people marched through {capital} on {day} to demand {demand}, and police arrested {n} of them.",
    "The president of {name} will visit {other} next week for talks on {topic}, his office said on {day}.",
    "{name} and {other} signed an agreement on {topic} in {capital} on {day}, ending months of dispute.",
    "{adj} police detained {n} opposition activists in {capital} on {day}, a rights group said.",
    "The government of {name} accused {other} on {day} of violating the ceasefire along their shared border.",
]


def report(rng: random.Random) -> str:
    """Three sentences of one made-up report."""
    sentences = []
    for template in rng.sample(TEMPLATES, 3):
        (name, adj, capital), (other, other_adj, _) = rng.sample(COUNTRIES, 2)
        sentences.append(
            template.format(
                name=name,
                adj=adj,
                capital=capital,
                other=other,
                other_adj=other_adj,
                day=rng.choice(DAYS),
                n=rng.randint(2, 90),
                topic=rng.choice(TOPICS),
                demand=rng.choice(DEMANDS),
            )
        )
    return " ".join(sentences)


def write_corpus(path: Path, n: int, seed: int = 15) -> Path:
    """``n`` reports as JSONL (id, title, published, text)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = report(rng)
            row = {"id": f"r{i:05d}", "title": text.split(",")[0], "published": f"2024-0{1 + i % 9}-1{i % 10}"}
            out.write(json.dumps(row | {"text": text}) + "\n")
    return path
