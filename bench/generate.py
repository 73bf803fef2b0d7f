"""Generated French news articles for benchmarks: varied sentences, no real article text."""

from __future__ import annotations

import random

_ACTORS = ["Le président français", "Le Kremlin", "Kiev", "Washington", "Le ministre turc des Affaires étrangères",
           "Pékin", "Bruxelles", "L'OTAN", "Le gouvernement malien", "Les rebelles du M23", "Kinshasa", "Kigali",
           "Le secrétaire général de l'ONU", "Téhéran", "Le Qatar", "L'Union africaine", "Caracas", "Erevan", "Bakou"]
_OBJECTS = ["la Russie", "l'Ukraine", "les États-Unis", "la Chine", "le Rwanda", "la RDC", "l'Iran", "Israël",
            "le Hamas", "l'Azerbaïdjan", "l'Arménie", "le Venezuela", "la France", "le Niger"]
_VERBS = ["a rencontré", "a accusé", "a condamné", "a menacé", "a appelé", "a soutenu", "a rejeté la proposition de",
          "a proposé des négociations à", "a imposé des sanctions à", "a salué", "a critiqué", "s'est entretenu avec"]
_TAILS = ["mardi, selon un communiqué officiel.", "lors d'une réunion à Genève.", "après plusieurs semaines de tensions.",
          "dans un contexte de crise régionale.", "sans donner plus de détails.", "au terme de deux jours de discussions.",
          "en marge du sommet.", "a indiqué une source diplomatique."]
_FILLER = ["Les observateurs restent prudents sur la suite des événements.",
           "La situation humanitaire demeure préoccupante dans la région, selon plusieurs organisations.",
           "Aucune date n'a encore été fixée pour un prochain cycle de pourparlers.",
           "Les marchés ont réagi avec nervosité à ces annonces.",
           "Des analystes estiment que les positions restent très éloignées."]


def article(seed: int, sentences: int = 14) -> str:
    rng = random.Random(seed)
    title = f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    paras = []
    for _ in range(sentences // 2):
        s1 = f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
        s2 = rng.choice(_FILLER)
        paras.append(f"{s1} {s2}")
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def articles(n: int) -> list[str]:
    return [article(i) for i in range(n)]
