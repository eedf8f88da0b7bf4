"""What the browser tests share besides fixtures: screenshots and the axe-core run."""

from __future__ import annotations

from pathlib import Path

AXE_JS = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
# Screenshots of each journey's last step, for people to look at; `var/` is not committed.
ARTEFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artefacts"
# Only these impacts fail a test; moderate and minor ones are counted and printed.
BLOCKING = {"serious", "critical"}


def screenshot(page, name: str) -> Path:
    """Save the whole page as var/test-artefacts/<name>.png."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def run_axe(page) -> list[dict]:
    """axe-core's violations on the page as loaded (WCAG 2.0/2.1 A and AA rules)."""
    assert AXE_JS.exists(), f"{AXE_JS} missing: run scripts/bootstrap.sh --tests"
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        """() => axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                            "best-practice"]},
            resultTypes: ["violations"],
        })"""
    )
    return result["violations"]
