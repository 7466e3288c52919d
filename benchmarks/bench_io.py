"""Import and export: 30,000 CSV rows, a 30,000-row real-world TSV (Windows-1251 Cyrillic,
bare quotes, NUTS region names), 10,000 vCards, CSV/vCard export, duplicates, backup.

    python benchmarks/bench_io.py [--quick]

Each case runs in a fresh process so its peak RSS is its own. Imports go into
a new replica (all rows validated, then written in one transaction); exports,
duplicate detection and the backup read the cached 10k data set.
--quick runs a third of the rows.
"""

from __future__ import annotations

import json
import subprocess
import sys

from common import ROOT, dataset, print_table, write_results

CASE = r"""
import json, resource, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
case, n, replica = sys.argv[2], int(sys.argv[3]), sys.argv[4]
from ruraldesk.store import Store
tmp = Path(tempfile.mkdtemp(prefix="bench-io-"))
out = {"case": case, "n": n}

def write_csv(path, n):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Nom;Prénom;Organisation;Courriel;Téléphone;Ville;Pays;Thèmes;Notes\r\n")
        for i in range(n):
            fh.write(f"Dupont{i};Hélène;Coopérative n°{i % 500};h{i}@example.fr; +33 3 81 {i % 100:02d} {i // 100 % 100:02d} {i % 97:02d}"
                     f";Besançon;FR;Energy;\"Rencontrée à la foire ; note {i}\"\r\n")

def write_vcf(path, n):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for i in range(n):
            fh.write("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                     f"N:Wójcik{i};Łukasz;;;\r\nFN:Łukasz Wójcik{i}\r\nORG:Spółdzielnia {i % 300}\r\nTITLE:Prezes\r\n"
                     f"EMAIL;TYPE=INTERNET,WORK:lw{i}@example.pl\r\nEMAIL;TYPE=INTERNET,HOME:l{i}@example.org\r\n"
                     f"TEL;TYPE=CELL:+48 600 {i % 1000:03d} {i // 1000 % 1000:03d}\r\nTEL;TYPE=WORK:+48 12 000 {i % 10000:04d}\r\n"
                     "ADR;TYPE=WORK:;;ul. Długa 5;Kraków;;30-001;Poland\r\n"
                     "NOTE:Bardzo długa notatka, która jest złożona na kilka linii w pliku vCard\\, żeby spraw\r\n"
                     " dzić zawijanie wierszy.\r\nBDAY:1980-01-01\r\nEND:VCARD\r\n")

def write_tsv(path, n):
    # the shape of a database export of EU-funded organisations: no quoting, bare quotes in cells
    regions = ["Югозападен", "Северен централен", "Южен централен", "Североизточен", "Некъде"]
    with open(path, "w", encoding="cp1251", newline="") as fh:
        fh.write("Organisation\tCountry\tRegion\tCity\tE-mail\tNotes\n")
        for i in range(n):
            fh.write(f'Сдружение "Зелена долина {i}"\tBG\t{regions[i % 5]}\tСофия\torg{i}@example.bg'
                     f'\t"Голям" проект № {i}, програма „Еразъм+“\n'.replace("„", '"').replace("“", '"'))

t0 = time.perf_counter()
if case == "tsv-real-world":
    from ruraldesk.io.csvimport import import_csv
    path = tmp / "organisations.tsv"; write_tsv(path, n)
    out["file_mb"] = round(path.stat().st_size / 1e6, 2)
    store = Store(tmp / "replica.sqlite", author="bench")
    t0 = time.perf_counter()
    report = import_csv(store, path)
    assert report.imported == n, report.summary()
    out["encoding"] = report.encoding
    out["regions_kept_as_text"] = sum("NUTS" in p.message for p in report.warnings)
elif case == "csv-import":
    from ruraldesk.io.csvimport import import_csv
    path = tmp / "rows.csv"; write_csv(path, n)
    out["file_mb"] = round(path.stat().st_size / 1e6, 2)
    store = Store(tmp / "replica.sqlite", author="bench")
    t0 = time.perf_counter()
    report = import_csv(store, path)
    assert report.imported == n, report.summary()
    out["duplicates_flagged"] = len(report.duplicates)
elif case == "vcard-import":
    from ruraldesk.io.vcard import import_vcards
    path = tmp / "cards.vcf"; write_vcf(path, n)
    out["file_mb"] = round(path.stat().st_size / 1e6, 2)
    store = Store(tmp / "replica.sqlite", author="bench")
    t0 = time.perf_counter()
    report = import_vcards(store, path)
    assert report.imported == n, report.summary()
    out["unmapped_listed"] = len(report.unmapped)
else:
    store = Store(replica)
    t0 = time.perf_counter()
    if case == "csv-export":
        from ruraldesk.io.csvexport import export_csv
        out["rows"] = export_csv(store, "contact", tmp / "c.csv").count
    elif case == "vcard-export":
        from ruraldesk.io.vcard import export_vcards
        out["rows"] = export_vcards(store, tmp / "c.vcf").count
    elif case == "duplicates":
        from ruraldesk.io.duplicates import find_duplicates
        groups = find_duplicates(store)
        out["groups"] = len(groups); out["strong_groups"] = sum(g.strong for g in groups)
    elif case == "backup":
        from ruraldesk.io.backup import backup_workspace
        report = backup_workspace(store, tmp / "b.zip")
        out["backup_mb"] = round(report.bytes / 1e6, 2)
    elif case == "sheets-pdf":
        from ruraldesk.io.sheets import write_pdf
        ids = store.list_ids("practice")[:n]
        out["rows"] = write_pdf(store, ids, tmp / "s.pdf").count
out["seconds"] = round(time.perf_counter() - t0, 3)
out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print(json.dumps(out))
"""


def run(case: str, n: int, replica: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", CASE, str(ROOT), case, str(n), replica],
                          capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        raise SystemExit(f"{case} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    replica = str(dataset(10_000))
    cases = [("csv-import", 10_000 if quick else 30_000), ("tsv-real-world", 10_000 if quick else 30_000),
             ("vcard-import", 3_000 if quick else 10_000),
             ("csv-export", 10_000), ("vcard-export", 10_000), ("duplicates", 10_000), ("backup", 10_000),
             ("sheets-pdf", 100 if quick else 1_000)]
    results = []
    for case, n in cases:
        r = run(case, n, replica)
        r["per_1000_ms"] = round(r["seconds"] * 1000 / max(1, r.get("rows", n)) * 1000, 1)
        results.append(r)
        print(f"{case:<13} n={n:<6} {r['seconds']:>8.2f} s  peak RSS {r['peak_rss_mb']} MB", flush=True)
    print_table("Import and export (exports, duplicates and backup on the 10k data set: 10k contacts)",
                ["case", "n", "seconds", "ms per 1000", "peak RSS MB"],
                [[r["case"], r["n"], r["seconds"], r["per_1000_ms"], r["peak_rss_mb"]] for r in results])
    write_results("io", {"quick": quick, "cases": results})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
