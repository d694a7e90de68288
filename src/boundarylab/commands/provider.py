"""The provider's commands: `provider init` (key pair and registry), `certify` (check learners'
completion records, sign, register, write the PDFs) and `verify` (check a certificate without the
learner's files). What a provider or a checker can get wrong is a sentence, never a traceback."""

import sys
from pathlib import Path


def _post_test_key(folder):
    """The instructor's post-test key, from an explicit folder: the one place certification loads it."""
    from boundarylab.grading.keys import KeyMissing, load_key

    path = Path(folder).expanduser()
    if not (path / "course.yml").is_file():
        raise SystemExit(
            f"{folder} is not a post-test key folder (it has no course.yml): give the instructor's key with --key DIR."
        )
    try:
        return load_key(path)
    except KeyMissing as e:
        raise SystemExit(str(e)) from None


def _provider_init(args) -> int:
    from boundarylab.ce.provider import ProviderError, init_provider
    from boundarylab.ce.registry import RegistryError

    try:
        made = init_provider(args.dir, args.registry)
    except (ProviderError, RegistryError) as e:
        print(e, file=sys.stderr)
        return 1
    print(
        f"Provider key pair written to {made.folder} (keep provider-private-key.pem private; give "
        f"provider-public-key.pem to anyone who checks certificates). Registry: {made.registry}"
    )
    return 0


def _signature_image(key_folder, course):
    image = course.provider.signatory.signature_image
    if not image:
        return None
    path = Path(key_folder) / image
    if not path.is_file():
        raise SystemExit(f"The signature image {path} named in course.yml is missing.")
    return path


def _certify(args) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from boundarylab.ce.provider import (
        ProviderError,
        RecordRefused,
        certify_file,
        open_provider,
        read_attendance,
        record_files,
    )
    from boundarylab.ce.registry import RegistryError
    from boundarylab.reports.certificate import write_certificate
    from boundarylab.reports.pdf_fonts import FontMissing

    key = _post_test_key(args.key)
    try:
        provider = open_provider(args.provider)
        attendance = read_attendance(args.attendance) if args.attendance else None
    except ProviderError as e:
        print(e, file=sys.stderr)
        return 1
    files = record_files(args.records)
    if not files:
        print(f"{args.records} holds no completion records (*.json).", file=sys.stderr)
        return 1
    image, out, refused = _signature_image(args.key, key.course), Path(args.out or provider.folder / "certificates"), 0
    for path in files:
        try:
            done = certify_file(path, key, provider, attendance)
            cert = done.certificate
            pdf = write_certificate(cert, out / f"certificate-{cert.number}.pdf", image)
        except RecordRefused as e:
            print(e, file=sys.stderr)
            refused += 1
            continue
        except (RegistryError, FontMissing) as e:
            print(f"{path.name}: {e}", file=sys.stderr)
            return 1
        except SQLAlchemyError as e:
            print(
                f"{path.name}: the registry at {provider.registry} could not be written ({e.__class__.__name__}); "
                "nothing was issued for this record. Try again.",
                file=sys.stderr,
            )
            return 1
        again = " (issued before; the same certificate again)" if done.again else ""
        print(
            f"{path.name}: certificate {cert.number} for {cert.name}, {cert.hours_text}, verification code "
            f"{cert.code}{again} -> {pdf}"
        )
    if len(files) > 1:
        print(f"{len(files) - refused} of {len(files)} records certified.")
    return 1 if refused else 0


def _verify(args) -> int:
    from pathlib import Path

    from boundarylab.ce.certificate import InvalidCertificate
    from boundarylab.ce.provider import verify_code
    from boundarylab.ce.registry import RegistryError
    from boundarylab.reports.certificate import verify_pdf

    is_pdf = args.certificate.lower().endswith(".pdf") or Path(args.certificate).is_file()
    try:
        if is_pdf:
            if not args.public_key:
                raise InvalidCertificate(
                    "To check a certificate PDF, give the provider's public key: --public-key "
                    "FILE (provider-public-key.pem from the provider)."
                )
            record = verify_pdf(args.certificate, Path(args.public_key).read_bytes())
        else:
            if not args.registry:
                raise InvalidCertificate(
                    "To check a verification code, give the provider's registry: --registry FILE-or-URL."
                )
            record = verify_code(args.certificate, args.registry)
    except (InvalidCertificate, RegistryError) as e:
        print(e, file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{e.filename} cannot be read ({e.strerror}).", file=sys.stderr)
        return 1
    print(
        f"Valid: certificate {record.number}, signed by {record.provider['name']}, for {record.name}"
        f"{f' (license {record.licence})' if record.licence else ''}: {record.course}, version {record.version}, "
        f"{record.hours_text}, {record.delivery}, completed {record.completion_date} (participation "
        f"{record.first_activity} to {record.last_activity}), issued {record.issued}."
    )
    return 0


def register(sub) -> None:
    p = sub.add_parser("provider", help="set up a CE provider: its signing key pair and certificate registry")
    steps = p.add_subparsers(title="steps", metavar="STEP", required=True)
    init = steps.add_parser("init", help="create the provider's Ed25519 key pair and registry in --dir")
    init.add_argument("--dir", required=True, help="the provider's folder (keep it private)")
    init.add_argument(
        "--registry",
        metavar="FILE-or-URL",
        help="registry database (default: registry.sqlite3 in --dir; or a PostgreSQL URL)",
    )
    init.set_defaults(run=_provider_init)
    p = sub.add_parser("certify", help="check learners' completion records, then sign, register and write certificates")
    p.add_argument("records", metavar="RECORD-or-FOLDER", help="one exported record, or a folder of them (a cohort)")
    p.add_argument("--provider", required=True, metavar="DIR", help="the provider folder (`provider init`)")
    p.add_argument("--key", required=True, metavar="DIR", help="the instructor's post-test key folder")
    p.add_argument(
        "--attendance",
        metavar="FILE.csv",
        help="the live workshop's attendance record (name, date, minutes): certifies a live workshop",
    )
    p.add_argument(
        "--out", metavar="DIR", help="where to write the PDFs (default: certificates/ in the provider folder)"
    )
    p.set_defaults(run=_certify)
    p = sub.add_parser(
        "verify",
        help="check a certificate: its code against the provider's registry, or its PDF "
        "against the provider's public key",
    )
    p.add_argument("certificate", metavar="CODE-or-PDF", help="the verification code printed on it, or the PDF")
    p.add_argument("--registry", metavar="FILE-or-URL", help="the provider's registry (SQLite file or database URL)")
    p.add_argument("--public-key", metavar="FILE", help="the provider's public key (provider-public-key.pem)")
    p.set_defaults(run=_verify)
