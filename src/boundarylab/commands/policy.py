"""`boundarylab policy`: write a client-friendly social-media policy from a file of answers."""

import sys


def _policy(args) -> int:
    from boundarylab.policy import PolicyInputError, recommended_answers
    from boundarylab.policy.files import PolicyNotReady, load_answers, write_policy
    from boundarylab.reports.pdf_fonts import FontMissing

    if args.example == bool(args.answers):
        print("Give either --answers FILE.yaml or --example (a complete example to start from).", file=sys.stderr)
        return 2
    try:
        answers = recommended_answers() if args.example else load_answers(args.answers)
        written, doc = write_policy(answers, args.out, draft=args.draft)
    except PolicyNotReady as e:
        print(
            f"Your policy is not ready to sign, so no policy was written. {len(e.reasons)} thing(s) to do:",
            file=sys.stderr,
        )
        print("\n".join(f"  - {reason}" for reason in e.reasons), file=sys.stderr)
        print("Change them in your answers file, or write a draft to review with --draft.", file=sys.stderr)
        return 1
    except (PolicyInputError, FontMissing) as e:
        print(e, file=sys.stderr)
        return 1
    except OSError as e:
        print(f"Cannot write the policy into {args.out} ({e.strerror or e}).", file=sys.stderr)
        return 1
    if doc.not_ready:
        print(f"Draft written, marked “Draft” on every page. Before it can be signed ({len(doc.not_ready)}):")
        print("\n".join(f"  - {reason}" for reason in doc.not_ready))
    for path in written:
        print(f"wrote {path}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("policy", help="write your social-media policy (PDF, Word and Markdown) from your answers")
    p.add_argument("--answers", metavar="FILE.yaml", help="your answers: details and choices (see --example)")
    p.add_argument(
        "--example",
        action="store_true",
        help="write a complete example from a realistic answer set (its answers.yaml is a template)",
    )
    p.add_argument(
        "--draft",
        action="store_true",
        help="write a draft marked “Draft” on every page, even with sections unanswered or flagged",
    )
    p.add_argument(
        "--out",
        default=".",
        metavar="DIR",
        help="folder to write policy.pdf, policy.docx, policy.md and answers.yaml (policy-draft.* with --draft)",
    )
    p.set_defaults(run=_policy)
