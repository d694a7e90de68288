"""Save a policy where the learner can find and download it: Markdown, PDF and the answers."""

from pathlib import Path

import yaml

from boundarylab.policy.builder import PolicyDocument, build_policy, render_markdown
from boundarylab.policy.models import PolicyAnswers


def write_policy(answers: PolicyAnswers, out_dir: Path) -> tuple[list[Path], PolicyDocument]:
    """Write policy.md, policy.pdf and answers.yaml (to edit and rebuild later) into out_dir."""
    from boundarylab.reports.policy import write_policy_pdf

    doc = build_policy(answers)
    out_dir.mkdir(parents=True, exist_ok=True)
    md = out_dir / "policy.md"
    md.write_text(render_markdown(doc), encoding="utf-8")
    saved = out_dir / "answers.yaml"
    saved.write_text(yaml.safe_dump(answers.model_dump(), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return [md, write_policy_pdf(doc, out_dir / "policy.pdf"), saved], doc
