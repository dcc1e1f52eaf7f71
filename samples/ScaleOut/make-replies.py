#!/usr/bin/env python3
"""Writes N synthetic reply records (JSONL) for the scale-out demo: agent replies assembled from realistic
sentences in Spanish and English, good and bad, with a customer message on most. Deterministic (seeded).
Usage: python3 make-replies.py N > replies.jsonl"""
import json, random, sys

random.seed(20261126)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
parts = {
    "es": {
        "open": ["Hola {n},", "Buenos días, {n}:", "Estimado/a {n},", "Hola,"],
        "body": [
            "Lamentamos mucho el retraso de su pedido.", "Entiendo lo molesto que es esperar tanto.",
            "El envío se quedó retenido en el almacén por un error de etiquetado.", "Le enviamos uno nuevo hoy sin coste.",
            "Lo recibirá mañana antes de las 14:00.", "Consulte nuestra web, allí está todo explicado.",
            "La culpa es de la empresa de mensajería.", "Como ya le dijimos, el plazo es de 15 días.",
            "Según las condiciones que aceptó, no procede el reembolso.", "Lo revisaremos y le diremos algo.",
            "Ya hemos devuelto el importe a su tarjeta.", "No es para tanto, son solo dos días.",
        ],
        "close": ["Gracias por su paciencia.", "Un saludo.", "Gracias por escribirnos.", ""],
        "customer": ["Mi pedido no llega", "Me habéis cobrado dos veces", "¿Cuándo abrís el sábado?", "¡Todo perfecto, gracias!"],
    },
    "en": {
        "open": ["Hi {n},", "Dear {n},", "Hello,", "Hey {n}!"],
        "body": [
            "I'm really sorry your refund is taking this long.", "I understand how frustrating that must be.",
            "The delay was caused by a fault in our payment system.", "I've refunded the full amount today.",
            "It will reach your account within 3 working days.", "Please check our FAQ for more information.",
            "The courier is to blame for this, not us.", "As I already told you, we can't do anything.",
            "As stated in our terms, damage must be reported within 48 hours.", "We'll look into it and get back to you.",
            "A replacement is on its way.", "It's just a small delay, nothing to worry about.",
        ],
        "close": ["Thanks for your patience.", "Kind regards.", "Thanks for getting in touch.", ""],
        "customer": ["My order never arrived", "You charged me twice!", "What time do you open on Saturday?", "Great service, thanks!"],
    },
}
names = ["Ana", "Luis", "Marta", "Sam", "Priya", "Tom", "Lucía", "Diego", "Emma", "Jorge"]
out = sys.stdout
for i in range(n):
    lang = "es" if i % 2 == 0 else "en"
    p = parts[lang]
    text = " ".join(s for s in [random.choice(p["open"]).format(n=random.choice(names))]
                    + random.sample(p["body"], random.randint(2, 5)) + [random.choice(p["close"])] if s)
    record = {"id": f"r{i}", "language": lang, "text": text}
    if random.random() < 0.8:
        record["customerMessage"] = random.choice(p["customer"])
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
