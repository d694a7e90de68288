"""`boundarylab cohort` refuses what it cannot serve with a sentence, before any server starts."""

from boundarylab.cli import main


def test_a_progress_folder_that_is_not_there_is_a_sentence(tmp_path, capsys):
    assert main(["cohort", "--progress", str(tmp_path / "nowhere"), "--no-browser"]) == 1
    err = capsys.readouterr().err
    assert "is not a folder" in err and "Traceback" not in err


def test_certificates_need_both_the_provider_and_the_key(tmp_path, capsys):
    assert main(["cohort", "--progress", str(tmp_path), "--provider", str(tmp_path), "--no-browser"]) == 1
    assert "give both --provider DIR and --key DIR" in capsys.readouterr().err


def test_a_folder_that_is_not_a_provider_is_a_sentence(tmp_path, capsys):
    assert (
        main(
            ["cohort", "--progress", str(tmp_path), "--provider", str(tmp_path), "--key", str(tmp_path), "--no-browser"]
        )
        == 1
    )
    assert "is not a provider folder" in capsys.readouterr().err
