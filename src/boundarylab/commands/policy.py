"""`boundarylab policy`: write a client-friendly social-media policy from a file of answers."""

import sys
from pathlib import Path


def _policy(args) -> int:
    import yaml
    from pydantic import ValidationError

    from boundarylab.policy import PolicyAnswers, PolicyInputError, recommended_answers
    from boundarylab.policy.files import write_policy

    if args.example:
        answers = recommended_answers()
    elif args.answers:
        try:
            answers = PolicyAnswers.model_validate(yaml.safe_load(Path(args.answers).read_text(encoding="utf-8")) or {})
        except (OSError, yaml.YAMLError, ValidationError) as e:
            print(f"{args.answers}: cannot use this answers file: {e}", file=sys.stderr)
            return 1
    else:
        print("give --answers FILE.yaml, or --example for a complete example", file=sys.stderr)
        return 2
    try:
        written, doc = write_policy(answers, Path(args.out))
    except PolicyInputError as e:
        print(f"{args.answers}:\n{e}", file=sys.stderr)
        return 1
    for flag in doc.flags:
        print(f"Check '{flag.question}': {flag.reason}")
    for path in written:
        print(f"wrote {path}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("policy", help="write your social-media policy (policy.md and policy.pdf) from your answers")
    p.add_argument("--answers", metavar="FILE.yaml", help="your answers: details and choices (see --example)")
    p.add_argument("--example", action="store_true", help="use a complete, realistic answer set")
    p.add_argument("--out", default=".", metavar="DIR", help="folder to write policy.md, policy.pdf and answers.yaml")
    p.set_defaults(run=_policy)
