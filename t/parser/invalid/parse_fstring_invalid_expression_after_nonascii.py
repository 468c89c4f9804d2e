x = f"Größe: {size} — Breite: {width +}"
